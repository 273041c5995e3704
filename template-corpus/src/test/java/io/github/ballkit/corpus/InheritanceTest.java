package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.corpus.inheritance.api.PetsApi;
import io.github.ballkit.corpus.inheritance.model.Cat;
import io.github.ballkit.corpus.inheritance.model.Dog;
import io.github.ballkit.corpus.inheritance.model.Note;
import io.github.ballkit.corpus.inheritance.model.Owner;
import io.github.ballkit.corpus.inheritance.model.Pet;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** allOf with a discriminator (a base and its kinds) and allOf composition without one. */
class InheritanceTest extends Stub {
  private static final String OWNER =
      json(
          "{'name':'Ann','favourite':{'pet_type':'cat','name':'Tom','age':3,'indoor':true},"
              + "'pets':[{'pet_type':'dog','name':'Rex','breed':'lab'},"
              + "{'pet_type':'parrot','name':'Polly','words':12}]}");

  @Test
  void eachKindDecodesIntoItsClassWithEveryInheritedProperty() {
    Owner owner = decodesAndEncodesBack(OWNER, Owner.class);

    assertThat(owner.favourite()).isInstanceOf(Cat.class);
    Cat cat = (Cat) owner.favourite();
    assertThat(cat.petType()).isEqualTo("cat");
    assertThat(cat.name()).isEqualTo("Tom");
    assertThat(cat.age()).isEqualTo(3);
    assertThat(cat.indoor()).isTrue();
    assertThat(owner.pets().get(0)).isInstanceOf(Dog.class);
    assertThat(((Dog) owner.pets().get(0)).breed()).isEqualTo("lab");
  }

  @Test
  void anUnknownKindIsKeptWithItsPropertiesAndWrittenBack() {
    Owner owner = decodesAndEncodesBack(OWNER, Owner.class);

    Pet parrot = owner.pets().get(1);
    assertThat(parrot).isInstanceOf(Pet.Unknown.class);
    assertThat(parrot.petType()).isEqualTo("parrot");
    assertThat(parrot.name()).isEqualTo("Polly");
    assertThat(parrot._additionalProperties()).containsEntry("words", 12);
  }

  @Test
  void aKindReadAsItselfIgnoresTheBaseTypeInformation() {
    Dog dog =
        decodesAndEncodesBack(json("{'pet_type':'dog','name':'Rex','breed':'lab'}"), Dog.class);

    assertThat(dog.breed()).isEqualTo("lab");
  }

  @Test
  void aKindIsBuiltWithInheritedPropertiesAndRequiresThem() {
    Cat cat = Cat.builder().petType("cat").name("Tom").indoor(false).build();

    assertThat(cat.toBuilder().age(2).build().age()).isEqualTo(2);
    assertThatThrownBy(() -> Dog.builder().petType("dog").name("Rex").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("breed");
  }

  @Test
  void aComposedSchemaHasThePropertiesOfAllItsParts() {
    Note note =
        decodesAndEncodesBack(
            json("{'created':'2024-05-01T10:00:00+02:00','title':'T','text':'hello'}"), Note.class);

    assertThat(note.created()).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"));
    assertThat(note.title()).isEqualTo("T");
    assertThat(note.text()).isEqualTo("hello");
    assertThatThrownBy(() -> Note.builder().text("x").build()).hasMessageContaining("created");
  }

  @Test
  void aKindIsSentWhereTheBaseIsExpectedAndTheAnswerDecodesToItsKind() {
    answer(200, json("{'pet_type':'dog','name':'Rex','breed':'lab'}"));

    Pet answered =
        api(PetsApi.class).addPet(Cat.builder().petType("cat").name("Tom").indoor(true).build());

    assertThat(request().getMethod().getName()).isEqualTo("POST");
    assertThat(RoundTrip.tree(request().getBodyAsString()))
        .isEqualTo(RoundTrip.tree(json("{'pet_type':'cat','name':'Tom','indoor':true}")));
    assertThat(answered).isInstanceOf(Dog.class);
  }
}
