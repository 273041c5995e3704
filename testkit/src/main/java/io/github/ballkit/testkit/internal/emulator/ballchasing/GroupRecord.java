package io.github.ballkit.testkit.internal.emulator.ballchasing;

import java.time.Instant;

/** A stored group. */
final class GroupRecord {
  final String id;
  final String name;
  final User creator;
  final Instant created;
  String parentId;
  String playerIdentification;
  String teamIdentification;
  boolean shared;

  GroupRecord(
      String id,
      String name,
      User creator,
      Instant created,
      String parentId,
      String playerIdentification,
      String teamIdentification) {
    this.id = id;
    this.name = name;
    this.creator = creator;
    this.created = created;
    this.parentId = parentId;
    this.playerIdentification = playerIdentification;
    this.teamIdentification = teamIdentification;
  }
}
