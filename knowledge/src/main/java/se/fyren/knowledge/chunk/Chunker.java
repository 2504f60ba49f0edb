package se.fyren.knowledge.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.clean.Line;

/**
 * Cuts a cleaned report into passages of at most {@value Passage#MAX_CHARS} characters
 * that end at sentence boundaries and overlap by the previous passage's last short
 * sentence. Headings are part of the text, and a passage may run on across small sections
 * (a title line and a sentence or two), which gives those fragments context; its section
 * is the one it starts in, and it knows where each section it runs through starts, so
 * that a sentence is cited under its own section. Measured on the dev set, this beat
 * passages confined to one section on recall@5 and answer hits; measured again on dev and
 * validation 1-5, confined passages lowered dev, validation 2, 3 and 4: lists and the
 * sentences that follow an answer past a heading were cut off.
 * <p>
 * A list stays in one passage with the sentence that leads into it ("… består av tre
 * flöden:" and its items, "Dialogfrågor" and its questions): such a unit is never cut,
 * and may make its passage longer, up to {@value Passage#MAX_LIST_CHARS} characters. So
 * does a table, its rows (tab-separated lines) under its header row.
 */
public final class Chunker {

	private static final int MAX_OVERLAP_CHARS = 200;

	private final StructureParser structure = new StructureParser();

	/** The report as chunks: its cleaned text and the passages cut from it. */
	public record Chunked(String cleanedText, List<Passage> passages) {
	}

	private record Sentence(int start, int end, Integer page, String section, boolean heading) {
	}

	/**
	 * Sentences that stay together: one sentence, a lead-in with its list, or a contact
	 * block ({@code contacts}), which stays with the text it closes.
	 */
	private record Unit(int first, int last, int start, int end, boolean contacts) {

		int length() {
			return end - start;
		}

	}

	public Chunked chunk(String docId, String title, List<Line> lines) {
		List<Block> blocks = structure.parse(lines);
		StringBuilder cleaned = new StringBuilder();
		List<Sentence> sentences = new ArrayList<>();
		// Per sentence: the block it came from, to find lists and their lead-ins.
		List<Integer> blockOf = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			if (!cleaned.isEmpty()) {
				cleaned.append("\n\n");
			}
			int offset = cleaned.length();
			cleaned.append(block.text());
			if (block.kind() == Block.Kind.HEADING) {
				sentences
					.add(new Sentence(offset, offset + block.text().length(), block.page(), block.section(), true));
				blockOf.add(b);
				continue;
			}
			for (Sentences.Span span : Sentences.split(block.text())) {
				sentences.add(
						new Sentence(offset + span.start(), offset + span.end(), block.page(), block.section(), false));
				blockOf.add(b);
			}
		}
		String text = cleaned.toString();
		return new Chunked(text, pack(docId, title, text, sentences, units(blocks, sentences, blockOf)));
	}

	/**
	 * Groups sentences into units: a block's last sentence that leads into a list (it
	 * ends with a colon, or it is a heading) joins the list's items that follow it, and a
	 * contact label ("Kontaktpersoner") the contact lines under it.
	 */
	private static List<Unit> units(List<Block> blocks, List<Sentence> sentences, List<Integer> blockOf) {
		List<Unit> units = new ArrayList<>();
		int i = 0;
		while (i < sentences.size()) {
			int last = i;
			Block block = blocks.get(blockOf.get(i));
			boolean endOfBlock = i + 1 >= sentences.size() || !blockOf.get(i + 1).equals(blockOf.get(i));
			boolean leadIn = endOfBlock && !block.listItem()
					&& (block.kind() == Block.Kind.HEADING || text(block).endsWith(":"));
			int lastContact = endOfBlock && ContactBlock.label(block.text())
					? lastContactLine(blocks, sentences, blockOf, i) : i;
			boolean contacts = false;
			if (StructureParser.tableRow(block.text())) {
				last = lastRow(blocks, sentences, blockOf, i);
			}
			else if (lastContact > i) {
				last = lastContact;
				contacts = true;
			}
			else if (leadIn) {
				int j = following(blocks, sentences, blockOf, i, Block::listItem);
				boolean wholeList = j >= sentences.size() || !blocks.get(blockOf.get(j)).listItem();
				last = wholeList ? j - 1 : i;
			}
			units.add(new Unit(i, last, sentences.get(i).start(), sentences.get(last).end(), contacts));
			i = last + 1;
		}
		return units;
	}

	/**
	 * The last sentence of the table whose row opens at sentence {@code first}: a row is
	 * read under its column headings, so a table stays in one passage with its header
	 * row, as a list does with its lead-in.
	 */
	private static int lastRow(List<Block> blocks, List<Sentence> sentences, List<Integer> blockOf, int first) {
		return following(blocks, sentences, blockOf, first, block -> StructureParser.tableRow(block.text())) - 1;
	}

	/**
	 * The last sentence of the contact lines under the label at sentence {@code label}:
	 * "Kontaktpersoner" and its names stay in one passage, so that an answer gives every
	 * name, not the first.
	 */
	private static int lastContactLine(List<Block> blocks, List<Sentence> sentences, List<Integer> blockOf, int label) {
		return following(blocks, sentences, blockOf, label, block -> ContactBlock.addressed(block.text())) - 1;
	}

	/**
	 * The first sentence after {@code first} whose block does not belong with it, or that
	 * would take the run past {@link Passage#MAX_LIST_CHARS}.
	 */
	private static int following(List<Block> blocks, List<Sentence> sentences, List<Integer> blockOf, int first,
			Predicate<Block> belongs) {
		int j = first + 1;
		while (j < sentences.size() && belongs.test(blocks.get(blockOf.get(j)))
				&& sentences.get(j).end() - sentences.get(first).start() <= Passage.MAX_LIST_CHARS) {
			j++;
		}
		return j;
	}

	private static String text(Block block) {
		return block.text().strip();
	}

	/**
	 * Where each section and page the sentences from {@code first} to {@code last} run
	 * through starts, as offsets from the first: a citation names the section and page
	 * its sentence is in, not those the passage opens in, and a section's first sentence
	 * is read under its headings.
	 */
	private static List<Passage.SectionStart> sections(List<Sentence> sentences, Unit first, Unit last) {
		List<Passage.SectionStart> starts = new ArrayList<>();
		for (int s = first.first(); s <= last.last(); s++) {
			Sentence sentence = sentences.get(s);
			Passage.SectionStart previous = starts.isEmpty() ? null : starts.get(starts.size() - 1);
			if (previous == null || !sentence.section().equals(previous.path())
					|| !Objects.equals(sentence.page(), previous.page())) {
				starts.add(new Passage.SectionStart(sentence.start() - first.start(), sentence.section(),
						sentence.page()));
			}
		}
		return starts;
	}

	private static List<Passage> pack(String docId, String title, String text, List<Sentence> sentences,
			List<Unit> units) {
		List<Passage> passages = new ArrayList<>();
		int first = 0;
		while (first < units.size()) {
			Unit start = units.get(first);
			int last = first;
			while (last + 1 < units.size() && units.get(last + 1).end() - start.start() <= Passage.MAX_CHARS) {
				last++;
			}
			// A contact block closes what it names ("Kontaktpersoner" under a
			// municipality's page): it stays in that passage, which it makes longer.
			if (last + 1 < units.size() && units.get(last + 1).contacts()
					&& units.get(last + 1).end() - start.start() <= Passage.MAX_LIST_CHARS) {
				last++;
			}
			// A list that does not fit after what came before starts a passage of its
			// own.
			boolean listCut = last + 1 < units.size() && last > first
					&& units.get(last + 1).last() > units.get(last + 1).first()
					&& units.get(last + 1).length() <= Passage.MAX_CHARS;
			int end = units.get(last).end();
			Sentence opening = sentences.get(start.first());
			passages.add(new Passage(docId + "#" + passages.size(), docId, title, opening.section(), opening.page(),
					start.start(), end, text.substring(start.start(), end), null,
					sections(sentences, start, units.get(last))));
			int next = last + 1;
			Unit tail = units.get(last);
			boolean overlap = !listCut && last > first && next < units.size() && tail.first() == tail.last()
					&& tail.length() <= MAX_OVERLAP_CHARS && !sentences.get(units.get(next).first()).heading();
			first = overlap ? last : next;
		}
		return passages;
	}

}
