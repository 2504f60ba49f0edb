package se.fyren.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fyren instances as a cluster runs them, in this JVM: whole applications (see
 * {@link InProcessFyren}), each on a port of its own, all on one real PostgreSQL
 * (embedded), which this fixture starts and, when closed, stops. As a static
 * {@code @RegisterExtension} field it serves a whole test class and stops after it.
 */
public final class PostgresCluster implements AutoCloseable, AfterAllCallback {

	private final EmbeddedPostgres postgres;

	private final String name;

	/** A new database; {@code name} names the instances' Quartz schedulers. */
	public PostgresCluster(String name) {
		this.name = name;
		try {
			this.postgres = EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
	}

	/** The database, as the tests read and write it behind the instances. */
	public JdbcClient jdbc() {
		return JdbcClient.create(postgres.getPostgresDatabase());
	}

	/**
	 * An instance with a connection pool of its own, as in production. Its Quartz
	 * scheduler gets a name of its own too: Quartz registers a scheduler's data source
	 * JVM-wide by the scheduler's name, so instances in one JVM that shared a name would
	 * share the last one's pool.
	 */
	public ConfigurableApplicationContext pooledInstance(Map<String, String> settings) {
		Map<String, String> all = new LinkedHashMap<>(settings);
		all.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		all.put("spring.datasource.username", "postgres");
		all.put("spring.quartz.scheduler-name", name + "-" + UUID.randomUUID());
		return InProcessFyren.start(all);
	}

	/**
	 * An instance in one Quartz cluster with the others started so: the same scheduler
	 * name, its own instance id. Quartz registers its connection provider JVM-wide under
	 * the scheduler's name, so in one JVM the last instance's registration wins for all;
	 * every instance therefore gets the same unpooled DataSource, which closing one
	 * instance does not close. Separate JVMs (production) each have their own.
	 * {@code beans} registers the test's own beans (a recording outbox) before start.
	 */
	public ConfigurableApplicationContext clusteredInstance(String instance, Map<String, String> settings,
			Consumer<GenericApplicationContext> beans) {
		Map<String, String> all = new LinkedHashMap<>(settings);
		all.put("spring.quartz.scheduler-name", name);
		all.put("spring.quartz.properties.org.quartz.scheduler.instanceId", name + "-" + instance);
		DataSource database = postgres.getPostgresDatabase();
		return InProcessFyren.start(all, context -> {
			GenericApplicationContext generic = (GenericApplicationContext) context;
			beans.accept(generic);
			generic.registerBean("dataSource", DataSource.class, () -> database);
		});
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", ex);
		}
	}

}
