package se.fyren.bot.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documents table: the one record of which documents exist, read by every instance.
 */
public final class DocumentStore {

	private static final String COLUMNS = "id, collection, title, file_name, sha256, pages, added_by, added_by_name, added_at";

	private final JdbcClient jdbc;

	public DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the document; false when the collection already holds the same bytes (also
	 * when another instance stored them a moment ago).
	 */
	public boolean insert(StoredDocument document, byte[] content) {
		if (duplicate(document.collection(), document.sha256()).isPresent()) {
			return false;
		}
		try {
			jdbc.sql("insert into document (" + COLUMNS + ", content) values "
					+ "(:id, :collection, :title, :fileName, :sha, :pages, :addedBy, :addedByName, :addedAt, :content)")
				.param("id", document.id())
				.param("collection", document.collection())
				.param("title", document.title())
				.param("fileName", document.fileName())
				.param("sha", document.sha256())
				.param("pages", document.pages())
				.param("addedBy", document.addedBy())
				.param("addedByName", document.addedByName())
				.param("addedAt", Timestamp.from(document.addedAt()))
				.param("content", content)
				.update();
			return true;
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return false;
		}
	}

	/** The document of the collection with these bytes, if there is one. */
	public Optional<StoredDocument> duplicate(String collection, String sha256) {
		return jdbc.sql("select " + COLUMNS + " from document where collection = :collection and sha256 = :sha")
			.param("collection", collection)
			.param("sha", sha256)
			.query(DocumentStore::document)
			.optional();
	}

	/** The documents of the given collections, oldest first. */
	public List<StoredDocument> in(Collection<String> collections) {
		if (collections.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from document where collection in (:collections) order by added_at, id")
			.param("collections", collections)
			.query(DocumentStore::document)
			.list();
	}

	/** Every document's id and content hash: what the indexes should hold. */
	public Map<String, String> fingerprints() {
		return jdbc.sql("select id, sha256 from document")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public Optional<StoredDocument> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from document where id = :id")
			.param("id", id)
			.query(DocumentStore::document)
			.optional();
	}

	public Optional<byte[]> content(String id) {
		return jdbc.sql("select content from document where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * Keeps the name a chat shows for whoever added documents stored without one (added
	 * before migration V19, or where the chat did not say then); a name kept already
	 * stays.
	 */
	public void nameAdder(String addedBy, String name) {
		jdbc.sql("update document set added_by_name = :name where added_by = :addedBy and added_by_name is null")
			.param("name", name)
			.param("addedBy", addedBy)
			.update();
	}

	public boolean delete(String id) {
		return jdbc.sql("delete from document where id = :id").param("id", id).update() > 0;
	}

	private static StoredDocument document(ResultSet rs, int row) throws SQLException {
		return new StoredDocument(rs.getString("id"), rs.getString("collection"), rs.getString("title"),
				rs.getString("file_name"), rs.getString("sha256"), rs.getInt("pages"), rs.getString("added_by"),
				rs.getString("added_by_name"), rs.getTimestamp("added_at").toInstant());
	}

}
