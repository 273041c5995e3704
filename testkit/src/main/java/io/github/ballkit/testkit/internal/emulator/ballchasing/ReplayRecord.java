package io.github.ballkit.testkit.internal.emulator.ballchasing;

import java.time.Instant;

/** A stored replay: the uploaded bytes, who uploaded them when, and what the owner changed. */
final class ReplayRecord {
  final String id;
  final User uploader;
  final byte[] bytes;
  final Instant created;
  final SyntheticReplay content;
  String title;
  String visibility;
  String groupId;

  ReplayRecord(
      String id,
      User uploader,
      byte[] bytes,
      String title,
      String visibility,
      String groupId,
      Instant created,
      SyntheticReplay content) {
    this.id = id;
    this.uploader = uploader;
    this.bytes = bytes;
    this.title = title;
    this.visibility = visibility;
    this.groupId = groupId;
    this.created = created;
    this.content = content;
  }

  boolean visibleTo(User user) {
    return !visibility.equals("private") || uploader.equals(user);
  }

  boolean listedFor(User user) {
    return visibility.equals("public") || uploader.equals(user);
  }
}
