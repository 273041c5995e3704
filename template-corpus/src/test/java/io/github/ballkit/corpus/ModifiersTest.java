package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.corpus.modifiers.api.AccountsApi;
import io.github.ballkit.corpus.modifiers.model.Account;
import io.github.ballkit.corpus.modifiers.model.Address;
import io.github.ballkit.corpus.modifiers.model.LegacyAccount;
import io.github.ballkit.corpus.modifiers.model.OldStatus;
import io.github.ballkit.corpus.modifiers.model.OldTier;
import org.junit.jupiter.api.Test;

/** nullable, readOnly, writeOnly, $ref (also through allOf), byte arrays and deprecation. */
@SuppressWarnings("deprecation") // what the spec deprecates is what these tests use
class ModifiersTest extends Stub {

  @Test
  void nullableRefAndReadOnlyPropertiesRoundTrip() {
    Account account =
        decodesAndEncodesBack(
            json(
                "{'id':'a1','nickname':null,'home':{'city':'Oslo'},'status':'closed',"
                    + "'legacy':{'name':'old'}}"),
            Account.class);

    assertThat(account.id()).isEqualTo("a1");
    assertThat(account.nickname()).isNull();
    assertThat(account.home()).isEqualTo(Address.builder().city("Oslo").build());
    assertThat(account.status()).isEqualTo(OldStatus.CLOSED);
  }

  @Test
  void anOptionalNullablePropertySentAsNullReadsAsLeftOut() {
    Account account =
        RoundTrip.read(json("{'id':'a1','nickname':'n','bio':null,'work':null}"), Account.class);

    assertThat(account.bio()).isNull();
    assertThat(account.work()).isNull();
    assertThat(RoundTrip.written(account))
        .isEqualTo(RoundTrip.tree(json("{'id':'a1','nickname':'n'}")));
  }

  @Test
  void aRequiredNullablePropertyIsWrittenAsNullAndDoesNotFailTheBuilder() {
    Account account = Account.builder().id("a1").password("secret").build();

    assertThat(RoundTrip.written(account))
        .isEqualTo(RoundTrip.tree(json("{'id':'a1','nickname':null,'password':'secret'}")));
  }

  @Test
  void byteArraysTravelAsBase64AndCompareByContent() {
    Account account =
        decodesAndEncodesBack(json("{'id':'a','nickname':'n','avatar':'AQID'}"), Account.class);
    Account same = account.toBuilder().avatar(new byte[] {1, 2, 3}).build();

    assertThat(account.avatar()).containsExactly(1, 2, 3);
    assertThat(same).isEqualTo(account).hasSameHashCodeAs(account);
    account.avatar()[0] = 9;
    assertThat(account.avatar()[0]).isEqualTo((byte) 1);
  }

  @Test
  void deprecatedSchemasPropertiesAndOperationsCarryDeprecated() throws Exception {
    assertThat(LegacyAccount.class.isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(OldStatus.class.isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(OldTier.class.isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(Account.class.getMethod("oldName").isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(Account.class.getMethod("nickname").isAnnotationPresent(Deprecated.class)).isFalse();
    assertThat(
            AccountsApi.class
                .getMethod("replaceAccount", String.class, LegacyAccount.class, Boolean.class)
                .isAnnotationPresent(Deprecated.class))
        .isTrue();
    assertThat(
            AccountsApi.class
                .getMethod("getAccount", String.class)
                .isAnnotationPresent(Deprecated.class))
        .isFalse();
  }

  @Test
  void aDeprecatedOperationStillSendsItsRequest() {
    answer(200, "{\"name\":\"n\"}");

    LegacyAccount answered =
        api(AccountsApi.class)
            .replaceAccount("a1", LegacyAccount.builder().name("old").build(), true);

    assertThat(answered.name()).isEqualTo("n");
    assertThat(request().getUrl()).isEqualTo("/accounts/a1?legacy=true");
    assertThat(request().getBodyAsString()).isEqualTo("{\"name\":\"old\"}");
  }
}
