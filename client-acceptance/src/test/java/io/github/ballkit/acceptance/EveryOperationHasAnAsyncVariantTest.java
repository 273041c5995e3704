package io.github.ballkit.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.api.GroupsApi;
import io.github.ballkit.ballchasing.api.GroupsApiAsync;
import io.github.ballkit.ballchasing.api.MiscApi;
import io.github.ballkit.ballchasing.api.MiscApiAsync;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import io.github.ballkit.ballchasing.api.ReplaysApiAsync;
import io.github.ballkit.ballistica.api.AccountsApi;
import io.github.ballkit.ballistica.api.AccountsApiAsync;
import io.github.ballkit.ballistica.api.FilesApi;
import io.github.ballkit.ballistica.api.FilesApiAsync;
import io.github.ballkit.ballistica.api.PrefabsApi;
import io.github.ballkit.ballistica.api.PrefabsApiAsync;
import io.github.ballkit.ballistica.api.WorkspacesApi;
import io.github.ballkit.ballistica.api.WorkspacesApiAsync;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated async interfaces have every operation of their blocking interface, with the same
 * parameters and a future of its result, so a new operation in the spec is async at once.
 */
class EveryOperationHasAnAsyncVariantTest {
  static Stream<Arguments> interfaces() {
    return Stream.of(
        Arguments.of(ReplaysApi.class, ReplaysApiAsync.class),
        Arguments.of(GroupsApi.class, GroupsApiAsync.class),
        Arguments.of(MiscApi.class, MiscApiAsync.class),
        Arguments.of(AccountsApi.class, AccountsApiAsync.class),
        Arguments.of(WorkspacesApi.class, WorkspacesApiAsync.class),
        Arguments.of(FilesApi.class, FilesApiAsync.class),
        Arguments.of(PrefabsApi.class, PrefabsApiAsync.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("interfaces")
  void everyOperationHasADefaultAsyncMethod(Class<?> blocking, Class<?> async) throws Exception {
    assertThat(blocking.getMethods()).isNotEmpty();
    for (Method operation : blocking.getMethods()) {
      Method variant = async.getMethod(operation.getName(), operation.getParameterTypes());
      assertThat(variant.isDefault()).as(variant.toString()).isTrue();
      assertThat(variant.getReturnType()).isEqualTo(CompletableFuture.class);
    }
    // the one abstract method: where the calls run
    assertThat(Stream.of(async.getMethods()).filter(m -> !m.isDefault()).map(Method::getName))
        .containsExactly("call");
  }
}
