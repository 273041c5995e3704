package io.github.ballkit.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ballkit.ballchasing.BallchasingClient;
import io.github.ballkit.ballchasing.api.ReplaysApi;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors as built: the names consumers {@code requires}, exactly the public
 * packages exported, the runtime's internals hidden, and what the API exposes required
 * transitively, so that {@code requires io.github.ballkit.client} is all a consumer writes.
 */
class ModuleDescriptorTest {
  private static final String CLIENT = "io.github.ballkit.client";
  private static final String GENERATED = "io.github.ballkit.client.generated";

  private static ModuleDescriptor descriptorOf(Class<?> member, String name)
      throws URISyntaxException {
    Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(location).find(name).orElseThrow().descriptor();
  }

  private static Set<String> exported(ModuleDescriptor descriptor) {
    return descriptor.exports().stream().map(Exports::source).collect(Collectors.toSet());
  }

  private static Set<String> transitive(ModuleDescriptor descriptor) {
    return descriptor.requires().stream()
        .filter(requires -> requires.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .map(Requires::name)
        .collect(Collectors.toSet());
  }

  @Test
  void theClientExportsExactlyItsPublicPackages() throws URISyntaxException {
    ModuleDescriptor client = descriptorOf(BallchasingClient.class, CLIENT);

    assertThat(exported(client))
        .containsExactlyInAnyOrder(
            "io.github.ballkit.core",
            "io.github.ballkit.ballchasing",
            "io.github.ballkit.ballistica");
    assertThat(client.exports()).allMatch(exports -> !exports.isQualified());
  }

  @Test
  void theRuntimesInternalsAreInTheModuleButNotExportedOrOpened() throws URISyntaxException {
    ModuleDescriptor client = descriptorOf(BallchasingClient.class, CLIENT);

    assertThat(client.packages())
        .contains(
            "io.github.ballkit.core.internal",
            "io.github.ballkit.ballchasing.internal",
            "io.github.ballkit.ballistica.internal");
    assertThat(exported(client)).noneMatch(name -> name.endsWith(".internal"));
    assertThat(client.opens()).isEmpty();
    assertThat(client.isOpen()).isFalse();
  }

  @Test
  void theClientRequiresWhatItsApiExposesTransitively() throws URISyntaxException {
    ModuleDescriptor client = descriptorOf(BallchasingClient.class, CLIENT);

    assertThat(transitive(client))
        .contains(
            GENERATED,
            "java.net.http",
            "feign.core",
            "com.fasterxml.jackson.databind",
            "org.jspecify");
  }

  @Test
  void theGeneratedClientExportsItsInterfacesAndModelsAndOpensThemToJackson()
      throws URISyntaxException {
    ModuleDescriptor generated = descriptorOf(ReplaysApi.class, GENERATED);
    Set<String> packages =
        Set.of(
            "io.github.ballkit.ballchasing.api",
            "io.github.ballkit.ballchasing.model",
            "io.github.ballkit.ballistica.api",
            "io.github.ballkit.ballistica.model");

    assertThat(exported(generated)).isEqualTo(packages);
    assertThat(generated.opens())
        .filteredOn(ModuleDescriptor.Opens::isQualified)
        .allMatch(opens -> opens.targets().equals(Set.of("com.fasterxml.jackson.databind")))
        .extracting(ModuleDescriptor.Opens::source)
        .containsExactlyInAnyOrderElementsOf(packages);
    assertThat(transitive(generated))
        .contains("feign.core", "com.fasterxml.jackson.databind", "org.jspecify");
  }

  @Test
  void theSpecsInTheGeneratedJarCanBeReadFromOtherModules() throws URISyntaxException {
    ModuleDescriptor generated = descriptorOf(ReplaysApi.class, GENERATED);

    assertThat(generated.opens())
        .filteredOn(opens -> !opens.isQualified())
        .extracting(ModuleDescriptor.Opens::source)
        .containsExactly("io.github.ballkit.spec");
  }

  @Test
  void theTwoModulesShareNoPackage() throws URISyntaxException {
    Set<String> client = descriptorOf(BallchasingClient.class, CLIENT).packages();
    Set<String> generated = descriptorOf(ReplaysApi.class, GENERATED).packages();

    assertThat(client).doesNotContainAnyElementsOf(generated);
  }
}
