package io.github.ballkit.ballchasing;

import io.github.ballkit.core.ConflictException;
import io.github.ballkit.core.ErrorDetails;
import java.util.Optional;

/**
 * The uploaded replay is already on ballchasing.com (HTTP 409 {@code duplicate replay}); {@link
 * #id()} is the existing replay's id. {@link BallchasingClient#uploadOrGetExisting} turns this into
 * the id.
 */
public class DuplicateReplayException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** The existing replay's id. */
  private final String id;

  /** Where the existing replay is, as the server said. */
  private final String location;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   * @param id the existing replay's id
   * @param location the existing replay's page, if sent
   */
  public DuplicateReplayException(ErrorDetails details, String id, String location) {
    super(details);
    this.id = id;
    this.location = location;
  }

  /**
   * Returns the id of the replay already stored.
   *
   * @return the existing replay's id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the existing replay's web page.
   *
   * @return the location, if the server sent it
   */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }
}
