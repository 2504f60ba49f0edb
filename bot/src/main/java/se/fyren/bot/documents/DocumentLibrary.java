package se.fyren.bot.documents;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Names;
import se.fyren.bot.chat.Place;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.ReadProgress;
import se.fyren.knowledge.ingest.UnreadableReportException;

/**
 * The team's documents on this instance: adds them (read off the request thread, stored
 * in the database, then indexed), forgets them, lists what answers in a place, and keeps
 * this instance's index in step with the database: at start and every
 * {@code fyren.documents.sync-interval}, documents another instance added are read and
 * indexed, and those removed are dropped. One worker thread does all of it, so an add, a
 * removal and a sync never overlap; a question meanwhile is answered from what is
 * committed.
 */
@Service
public class DocumentLibrary {

	private static final Logger log = LoggerFactory.getLogger(DocumentLibrary.class);

	/** Finished intakes a page may still ask about; older ones are forgotten. */
	private static final int KEPT_INTAKES = 200;

	/**
	 * How long a chat waits for a document to be read: reading it, and a sync or another
	 * document ahead of it on the worker.
	 */
	private static final long CHAT_WAIT_SECONDS = 4 * DocumentReader.PARSE_TIME_LIMIT.toSeconds();

	private final KnowledgeBase knowledge;

	private final DocumentStore store;

	private final Admission admission;

	private final Places places;

	private final Names names;

	private final DocumentsProperties properties;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "fyren-documents");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Intake> intakes = new ConcurrentHashMap<>();

	/** Stored documents this instance could not read: not read again every sync. */
	private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

	/**
	 * How far an added document has come.
	 *
	 * @param outcome null while it is being read
	 * @param reading the pages read so far, while a paged document is being read (null
	 * before its first page and for formats without pages)
	 */
	public record Intake(String id, String fileName, Outcome outcome, Reading reading) {

		public boolean finished() {
			return outcome != null;
		}

	}

	/**
	 * Pages read of a paged document (a PDF).
	 *
	 * @param pages the document's pages; 0 when the format does not say before the end
	 */
	public record Reading(int page, int pages) {
	}

	DocumentLibrary(KnowledgeBase knowledge, JdbcClient jdbc, Places places, Names names,
			DocumentsProperties properties, Clock clock) {
		this.knowledge = knowledge;
		this.store = new DocumentStore(jdbc);
		this.admission = new Admission(knowledge, store, properties, clock);
		this.places = places;
		this.names = names;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startSync() {
		worker.scheduleWithFixedDelay(this::syncQuietly, 0, properties.syncInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() throws InterruptedException {
		worker.shutdownNow();
		worker.awaitTermination(DocumentReader.PARSE_TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
	}

	/**
	 * Accepts a document added in a place and reads it off the caller's thread: the
	 * intake's id, to ask {@link #intake} how it went; or the reason it cannot be added
	 * here at all.
	 */
	public Intake add(Upload upload, Place place) {
		String id = "i-" + UUID.randomUUID();
		Optional<String> collection = places.addsTo(place);
		if (collection.isEmpty()) {
			return remember(new Intake(id, upload.fileName(), Outcome.refused("documents.nowhere"), null));
		}
		Intake reading = remember(new Intake(id, upload.fileName(), null, null));
		ReadProgress progress = (read, total) -> intakes.computeIfPresent(id, (key, intake) -> intake.finished()
				? intake : new Intake(id, intake.fileName(), null, new Reading(read, total)));
		adding(upload, collection.get(), progress)
			.thenAccept(outcome -> intakes.put(id, new Intake(id, reading.fileName(), outcome, null)));
		return reading;
	}

	/**
	 * Adds a document shared in a chat and waits until it is read, so the chat can say
	 * how it went in its reply (a chat's worker thread may wait; a request thread uses
	 * {@link #add}).
	 */
	public Outcome addAndWait(Upload upload, Place place) {
		return addAndWait(upload, place, ReadProgress.NONE);
	}

	/**
	 * Adds and waits as above, telling {@code progress} page by page as a paged document
	 * is read (on the reading thread). Questions meanwhile are answered from what is
	 * committed; the document joins at the end.
	 */
	public Outcome addAndWait(Upload upload, Place place, ReadProgress progress) {
		Optional<String> collection = places.addsTo(place);
		if (collection.isEmpty()) {
			return Outcome.refused("documents.nowhere");
		}
		try {
			return adding(upload, collection.get(), progress).get(CHAT_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			return Outcome.refused("documents.stillReading", upload.fileName());
		}
		catch (ExecutionException ex) {
			return Outcome.refused("documents.failed");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.refused("documents.failed");
		}
	}

	/** Whether documents can be added in the place at all. */
	public boolean addsIn(Place place) {
		return places.addsTo(place).isPresent();
	}

	/**
	 * The checks before a file is fetched at all: a format Fyren reads, by its name, and
	 * its size, when that is known.
	 */
	public Optional<Outcome> refusedUnread(String fileName, long size) {
		try {
			return admission.refusedUnread(Admission.fileName(fileName), size).map(Refused::outcome);
		}
		catch (Refused refused) {
			return Optional.of(refused.outcome());
		}
	}

	/** The most bytes of a file worth fetching: one more tells that it is too large. */
	public long maxBytes() {
		return properties.maxSize().toBytes();
	}

	private CompletableFuture<Outcome> adding(Upload upload, String collection, ReadProgress progress) {
		return CompletableFuture.supplyAsync(() -> addNow(upload, collection, progress), worker).exceptionally(ex -> {
			log.error("Adding a document failed", ex);
			return Outcome.refused("documents.failed");
		});
	}

	/** How an intake went, while this instance remembers it. */
	public Optional<Intake> intake(String id) {
		return Optional.ofNullable(intakes.get(id));
	}

	/**
	 * Reads, stores and indexes a document now (on the worker): a file that cannot be
	 * read, or a copy of one in the collection, changes nothing.
	 */
	private Outcome addNow(Upload upload, String collection, ReadProgress progress) {
		Admission.Admitted admitted;
		try {
			admitted = admission.admit(upload, collection, progress);
		}
		catch (Refused refused) {
			return refused.outcome();
		}
		StoredDocument document = admitted.document();
		if (!store.insert(document, upload.bytes())) {
			return Outcome.refused("documents.duplicate", document.fileName(), document.title(),
					Places.shown(collection));
		}
		if (knowledge.hasIndex()) {
			knowledge.add(admitted.report());
		}
		log.info("Document {} added to collection {}: {} pages", document.id(), Places.shown(collection),
				document.pages());
		// A text or Word file has no pages to count: its confirmation says none.
		return Outcome.done(document.pages() > 0 ? "documents.added.paged" : "documents.added", document.title(),
				document.pages(), Places.shown(collection));
	}

	/** The documents that answer in a place, oldest first. */
	public List<StoredDocument> answeringIn(Place place) {
		return store.in(places.collections(place));
	}

	/**
	 * The names, by who added them, of those who added documents kept without one (added
	 * before migration V19, or where the chat did not say then): the name their chat
	 * shows for them now, kept from then on. Each is asked for once however many
	 * documents they added; one the chat does not name now either is left out.
	 */
	public Map<String, String> adderNames(List<StoredDocument> documents) {
		Map<String, String> learned = new HashMap<>();
		Set<String> asked = new HashSet<>();
		for (StoredDocument document : documents) {
			if (document.addedByName() == null && asked.add(document.addedBy())) {
				Places.user(document.addedBy()).flatMap(user -> names.of(user.chat(), user.user())).ifPresent(name -> {
					store.nameAdder(document.addedBy(), name);
					learned.put(document.addedBy(), name);
				});
			}
		}
		return learned;
	}

	/**
	 * Forgets a document that answers in this place, named by its id or its title, for
	 * its owner or an administrator: gone from the database at once, from this instance's
	 * index before this returns, and from the others' at their next sync.
	 */
	public Outcome forget(String named, Place place, String user) {
		return forget(named, place, document -> document.addedBy().equals(Places.who(place.chat(), user))
				|| places.admin(place.chat(), user));
	}

	/**
	 * Forgets a document that answers in this place, as above, for the place's
	 * administrator (the web chat's, who gave its key), whoever added it.
	 */
	public Outcome forgetAsAdministrator(String named, Place place) {
		return forget(named, place, document -> true);
	}

	private Outcome forget(String named, Place place, Predicate<StoredDocument> mayRemove) {
		List<StoredDocument> here = answeringIn(place);
		List<StoredDocument> found = here.stream().filter(document -> document.id().equalsIgnoreCase(named)).toList();
		if (found.isEmpty()) {
			found = here.stream().filter(document -> document.isCalled(named)).toList();
		}
		if (found.isEmpty()) {
			return Outcome.refused("documents.forget.unknown", named);
		}
		if (found.size() > 1) {
			return Outcome.refused("documents.forget.ambiguous", named);
		}
		StoredDocument document = found.get(0);
		if (!mayRemove.test(document)) {
			return Outcome.refused("documents.forget.notYours", document.title());
		}
		store.delete(document.id());
		try {
			worker.submit(() -> knowledge.writable() && knowledge.remove(document.id())).get();
		}
		catch (ExecutionException ex) {
			log.error("Removing document {} from the index failed; the next sync retries", document.id(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Document {} forgotten", document.id());
		return Outcome.done("documents.forgotten", document.title());
	}

	/** Brings this instance's index in step with the database now, on the worker. */
	public void syncNow() {
		try {
			worker.submit(this::syncQuietly).get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Sync failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void syncQuietly() {
		try {
			sync();
		}
		catch (RuntimeException ex) {
			// The next round tries again; the database may be back by then.
			log.warn("Could not bring the documents in step with the database: {}", ex.toString());
		}
	}

	/**
	 * Drops what the database no longer holds, and reads what the index lacks. Waits for
	 * the first index: a document added before it would be lost in its build.
	 */
	private void sync() {
		if (!knowledge.writable() || !knowledge.hasIndex()) {
			return;
		}
		Map<String, String> wanted = store.fingerprints();
		Map<String, String> indexed = knowledge.storedDocuments();
		for (String id : new HashSet<>(indexed.keySet())) {
			if (!wanted.containsKey(id)) {
				knowledge.remove(id);
			}
		}
		for (Map.Entry<String, String> entry : wanted.entrySet()) {
			String id = entry.getKey();
			if (entry.getValue().equals(indexed.get(id)) || unreadable.contains(id)) {
				continue;
			}
			Optional<StoredDocument> document = store.find(id);
			Optional<byte[]> content = store.content(id);
			if (document.isEmpty() || content.isEmpty()) {
				continue;
			}
			try {
				knowledge.add(knowledge.read(id, Admission.readAs(id, document.get().fileName()), content.get(),
						document.get().title(), document.get().collection()));
			}
			catch (UnreadableReportException ex) {
				unreadable.add(id);
				log.warn("Stored document {} cannot be read here: {}", id, ex.reason());
			}
		}
	}

	private Intake remember(Intake intake) {
		if (intakes.size() >= KEPT_INTAKES) {
			intakes.values().removeIf(Intake::finished);
		}
		intakes.put(intake.id(), intake);
		return intake;
	}

}
