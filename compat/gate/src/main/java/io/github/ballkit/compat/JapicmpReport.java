package io.github.ballkit.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the incompatibilities out of japicmp's XML report: every class, method, constructor or
 * field whose change japicmp judges binary- or source-incompatible.
 */
final class JapicmpReport {
  private static final String SOURCE = "java";

  private JapicmpReport() {}

  /**
   * Reads a report.
   *
   * @param xml the report japicmp's Maven plugin wrote
   * @return the breaking changes, each once
   * @throws IOException when the report is missing or unreadable
   */
  static List<Change> read(Path xml) throws IOException {
    if (!Files.exists(xml)) {
      throw new IOException("japicmp wrote no report at " + xml + ": did its execution run?");
    }
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      document = factory.newDocumentBuilder().parse(xml.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot read the japicmp report " + xml, e);
    }
    Map<String, Change> changes = new LinkedHashMap<>();
    NodeList classes = document.getElementsByTagName("class");
    for (int i = 0; i < classes.getLength(); i++) {
      Element type = (Element) classes.item(i);
      String className = type.getAttribute("fullyQualifiedName");
      for (Element change : ownChanges(type)) {
        add(changes, className, change);
      }
      for (String member : List.of("method", "constructor", "field")) {
        NodeList members = type.getElementsByTagName(member);
        for (int j = 0; j < members.getLength(); j++) {
          Element element = (Element) members.item(j);
          String where = className + "#" + memberName(element);
          for (Element change : ownChanges(element)) {
            add(changes, where, change);
          }
        }
      }
    }
    return new ArrayList<>(changes.values());
  }

  private static void add(Map<String, Change> changes, String where, Element change) {
    boolean binary = Boolean.parseBoolean(change.getAttribute("binaryCompatible"));
    boolean source = Boolean.parseBoolean(change.getAttribute("sourceCompatible"));
    if (binary && source) {
      return;
    }
    String type = change.getAttribute("type");
    String what =
        type.toLowerCase().replace('_', ' ')
            + (binary ? " (source-incompatible)" : " (binary-incompatible)");
    changes.putIfAbsent(
        where + "|" + type, Change.breaking(SOURCE, where, what, why(type, binary), todo(type)));
  }

  /** The compatibility changes directly under an element, not those of its members. */
  private static List<Element> ownChanges(Element element) {
    List<Element> out = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element list && list.getTagName().equals("compatibilityChanges")) {
        NodeList changes = list.getElementsByTagName("compatibilityChange");
        for (int i = 0; i < changes.getLength(); i++) {
          out.add((Element) changes.item(i));
        }
      }
    }
    return out;
  }

  private static String memberName(Element element) {
    String name = element.getAttribute("name");
    if (name.isEmpty()) {
      name = element.getTagName();
    }
    StringBuilder parameters = new StringBuilder();
    NodeList list = element.getElementsByTagName("parameter");
    for (int i = 0; i < list.getLength(); i++) {
      String type = ((Element) list.item(i)).getAttribute("type");
      parameters.append(i == 0 ? "" : ", ").append(type.substring(type.lastIndexOf('.') + 1));
    }
    return element.getTagName().equals("field") ? name : name + "(" + parameters + ")";
  }

  private static String why(String type, boolean binaryCompatible) {
    String effect =
        !binaryCompatible
            ? "callers compiled against the last release fail at run time (NoSuchMethodError,"
                + " NoSuchFieldError, IncompatibleClassChangeError)"
            : "callers' source stops compiling, though compiled callers still run";
    if (type.contains("REMOVED")) {
      return "it is gone: " + effect;
    }
    if (type.contains("RETURN_TYPE") || type.contains("TYPE_CHANGED")) {
      return "its type changed: " + effect;
    }
    return effect;
  }

  private static String todo(String type) {
    if (type.contains("REMOVED")) {
      return "keep it (deprecated) until a breaking release; if a spec change removed it,"
          + " see the spec entries above";
    }
    if (type.contains("RETURN_TYPE") || type.contains("TYPE_CHANGED")) {
      return "keep the old type; add what has the new one beside it";
    }
    return "undo the change, or declare a breaking release";
  }
}
