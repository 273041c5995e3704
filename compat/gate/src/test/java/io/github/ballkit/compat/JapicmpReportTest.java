package io.github.ballkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate reads japicmp's verdicts member by member and keeps only the incompatible ones. */
class JapicmpReportTest {
  @TempDir Path dir;

  @Test
  void anIncompatibleMemberIsNamedWithItsClass() throws IOException {
    Path xml =
        Files.writeString(
            dir.resolve("r.xml"),
            """
            <japicmp><classes>
              <class fullyQualifiedName="io.github.ballkit.ballchasing.model.Ping">
                <compatibilityChanges/>
                <methods>
                  <method name="quota" changeStatus="REMOVED">
                    <compatibilityChanges>
                      <compatibilityChange type="METHOD_REMOVED" binaryCompatible="false"
                          sourceCompatible="false"/>
                    </compatibilityChanges>
                  </method>
                  <method name="rating" changeStatus="NEW">
                    <compatibilityChanges>
                      <compatibilityChange type="METHOD_ADDED_TO_PUBLIC_CLASS"
                          binaryCompatible="true" sourceCompatible="true"/>
                    </compatibilityChanges>
                  </method>
                </methods>
              </class>
            </classes></japicmp>
            """);

    assertThat(JapicmpReport.read(xml))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.breaking()).isTrue();
              assertThat(c.where()).isEqualTo("io.github.ballkit.ballchasing.model.Ping#quota()");
              assertThat(c.what()).contains("method removed");
              assertThat(c.why()).contains("NoSuchMethodError");
            });
  }

  @Test
  void aMissingReportFailsTheGate() {
    assertThatThrownBy(() -> JapicmpReport.read(dir.resolve("none.xml")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("japicmp wrote no report");
  }
}
