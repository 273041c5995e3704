package io.github.ballkit.core;

import java.util.Objects;

/** One upload or download a {@link TransferListener} hears about. */
public final class Transfer {
  /** Which way the bytes go. */
  public enum Direction {
    /** From this machine to the server. */
    UPLOAD,
    /** From the server to this machine. */
    DOWNLOAD
  }

  private final Direction direction;
  private final String name;

  /**
   * Describes a transfer.
   *
   * @param direction which way the bytes go
   * @param name what is moved: the file name of an upload, the replay id or workspace path of a
   *     download
   */
  public Transfer(Direction direction, String name) {
    this.direction = Objects.requireNonNull(direction, "direction");
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Returns which way the bytes go.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns what is moved.
   *
   * @return the file name, replay id or workspace path
   */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Transfer that && direction == that.direction && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, name);
  }

  @Override
  public String toString() {
    return direction.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
  }
}
