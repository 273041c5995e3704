package io.github.ballkit.examples.ballistica;

import io.github.ballkit.ballistica.BallisticaClient;
import io.github.ballkit.ballistica.model.AccountResponse;
import java.io.PrintStream;

/** Shows the account the API key belongs to. */
public final class ShowAccount {
  private ShowAccount() {}

  public static AccountResponse run(BallisticaClient client, PrintStream out) {
    AccountResponse me = client.me();
    out.printf(
        "Account %s (%s), created %s, active on %d day(s), last %s%n",
        me.tag(),
        me.id(),
        me.createTime(),
        me.totalActiveDays(),
        me.lastActiveDay() == null ? "unknown" : me.lastActiveDay());
    return me;
  }
}
