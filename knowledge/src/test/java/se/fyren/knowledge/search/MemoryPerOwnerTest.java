package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Answers are worked out once per owner, again for another owner, and again once the
 * memory has filled and started over.
 */
class MemoryPerOwnerTest {

	final MemoryPerOwner<Integer, String> memory = new MemoryPerOwner<>();

	final AtomicInteger worked = new AtomicInteger();

	final Function<Integer, String> work = asked -> {
		worked.incrementAndGet();
		return "answer " + asked;
	};

	@Test
	void remembersAnAnswerForItsOwner() {
		Object owner = new Object();

		assertThat(memory.get(owner, 1, work)).isEqualTo("answer 1");
		assertThat(memory.get(owner, 1, work)).isEqualTo("answer 1");
		assertThat(worked).hasValue(1);
	}

	@Test
	void forgetsWhenTheOwnerChanges() {
		Object first = new Object();
		Object second = new Object();

		memory.get(first, 1, work);
		memory.get(second, 1, work);
		memory.get(first, 1, work);

		assertThat(worked).hasValue(3);
	}

	@Test
	void startsOverWhenFull() {
		Object owner = new Object();
		for (int asked = 0; asked < MemoryPerOwner.MAX_ENTRIES; asked++) {
			memory.get(owner, asked, work);
		}
		assertThat(worked).hasValue(MemoryPerOwner.MAX_ENTRIES);

		// Full: the next question empties the memory, so an answer known before is
		// worked out again, and then remembered.
		memory.get(owner, 0, work);
		memory.get(owner, 0, work);

		assertThat(worked).hasValue(MemoryPerOwner.MAX_ENTRIES + 1);
	}

}
