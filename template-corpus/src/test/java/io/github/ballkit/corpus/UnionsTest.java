package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.corpus.oneof.api.ShapesApi;
import io.github.ballkit.corpus.oneof.model.Attachment;
import io.github.ballkit.corpus.oneof.model.Circle;
import io.github.ballkit.corpus.oneof.model.Contact;
import io.github.ballkit.corpus.oneof.model.Drawing;
import io.github.ballkit.corpus.oneof.model.Email;
import io.github.ballkit.corpus.oneof.model.Identifier;
import io.github.ballkit.corpus.oneof.model.Label;
import io.github.ballkit.corpus.oneof.model.Phone;
import io.github.ballkit.corpus.oneof.model.Shape;
import io.github.ballkit.corpus.oneof.model.Square;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** oneOf and anyOf, with and without a discriminator, of objects and of primitives. */
class UnionsTest extends Stub {

  @Test
  void aDiscriminatedOneOfDecodesTheNamedAlternative() {
    Drawing drawing =
        decodesAndEncodesBack(
            json(
                "{'shapes':[{'kind':'circle','radius':1.5},{'kind':'square','side':2.0}],"
                    + "'main':{'kind':'square','side':3.0}}"),
            Drawing.class);

    Shape circle = drawing.shapes().get(0);
    assertThat(circle.variant()).isEqualTo(Shape.Variant.CIRCLE);
    assertThat(circle.asCircle().radius()).isEqualTo(1.5);
    assertThat(circle.asSquare()).isNull();
    assertThat(drawing.main().asSquare().side()).isEqualTo(3.0);
  }

  @Test
  void anUnknownDiscriminatorValueIsKeptAndWrittenBack() {
    Drawing drawing =
        decodesAndEncodesBack(
            json("{'main':{'kind':'hexagon','side':1.0,'angle':120}}"), Drawing.class);

    assertThat(drawing.main().isKnown()).isFalse();
    assertThat(drawing.main().variant()).isEqualTo(Shape.Variant._UNKNOWN);
    assertThat(drawing.main().value())
        .isEqualTo(Map.of("kind", "hexagon", "side", 1.0, "angle", 120));
  }

  @Test
  void withoutADiscriminatorTheAlternativeDeclaringTheJsonPropertiesWins() {
    Drawing email = decodesAndEncodesBack(json("{'contact':{'address':'a@b.c'}}"), Drawing.class);
    Drawing phone =
        decodesAndEncodesBack(json("{'contact':{'number':'1','extension':'2'}}"), Drawing.class);
    Drawing neither = decodesAndEncodesBack(json("{'contact':{'fax':'3'}}"), Drawing.class);

    assertThat(email.contact().asEmail().address()).isEqualTo("a@b.c");
    assertThat(phone.contact().asPhone().extension()).isEqualTo("2");
    assertThat(neither.contact().variant()).isEqualTo(Contact.Variant._UNKNOWN);
  }

  @Test
  void aOneOfOfPrimitivesDecodesByJsonType() {
    Drawing text = decodesAndEncodesBack(json("{'id':'abc'}"), Drawing.class);
    Drawing number = decodesAndEncodesBack(json("{'id':42}"), Drawing.class);
    Drawing other = decodesAndEncodesBack(json("{'id':[1]}"), Drawing.class);

    assertThat(text.id().asString()).isEqualTo("abc");
    assertThat(number.id().asInteger()).isEqualTo(42);
    assertThat(number.id().asString()).isNull();
    assertThat(other.id().isKnown()).isFalse();
  }

  @Test
  void anyOfOfPrimitivesAndOfObjectsDecodes() {
    Drawing drawing =
        decodesAndEncodesBack(json("{'label':true,'attachment':{'number':'5'}}"), Drawing.class);

    assertThat(drawing.label().variant()).isEqualTo(Label.Variant.BOOLEAN);
    assertThat(drawing.label().asBoolean()).isTrue();
    assertThat(drawing.attachment().asPhone()).isEqualTo(Phone.builder().number("5").build());
  }

  @Test
  void builtAlternativesAreWrittenAsThemselves() {
    Drawing drawing =
        Drawing.builder()
            .main(Shape.ofCircle(Circle.builder().kind("circle").radius(2.0).build()))
            .id(Identifier.ofInteger(7))
            .label(Label.ofString("x"))
            .attachment(Attachment.ofEmail(Email.builder().address("e").build()))
            .build();

    assertThat(RoundTrip.written(drawing))
        .isEqualTo(
            RoundTrip.tree(
                json(
                    "{'main':{'kind':'circle','radius':2.0},'id':7,'label':'x',"
                        + "'attachment':{'address':'e'}}")));
    assertThat(Identifier.ofInteger(7)).isEqualTo(Identifier.ofInteger(7));
  }

  @Test
  void aOneOfIsSentAsTheAlternativeItHolds() {
    answer(200, json("{'shapes':[{'kind':'square','side':1.0}]}"));

    Drawing drawing =
        api(ShapesApi.class)
            .addShape(Shape.ofSquare(Square.builder().kind("square").side(4.0).build()));

    assertThat(RoundTrip.tree(request().getBodyAsString()))
        .isEqualTo(RoundTrip.tree(json("{'kind':'square','side':4.0}")));
    assertThat(drawing.shapes().get(0).isSquare()).isTrue();
  }
}
