package se.fyren.knowledge.answer;

import java.util.Optional;

import se.fyren.knowledge.Passage;

/**
 * The passage after a passage in its report: a list cut into passages goes on there.
 */
@FunctionalInterface
public interface FollowingPassages {

	Optional<Passage> after(Passage passage);

}
