package se.fyren.bot.infra;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Quartz's JDBC store needs its PostgreSQL delegate on PostgreSQL (job data is bytea
 * there, not a BLOB), and neither Quartz nor Spring picks it by itself. Choosing it from
 * the database Fyren is connected to means an administrator who switches the data source
 * to PostgreSQL cannot forget it. A delegate set in the settings wins.
 */
@Configuration(proxyBeanMethods = false)
class QuartzDatabaseConfiguration {

	static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

	static final String POSTGRESQL_DELEGATE = "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate";

	private static final Logger log = LoggerFactory.getLogger(QuartzDatabaseConfiguration.class);

	@Bean
	SchedulerFactoryBeanCustomizer quartzDelegateForTheDatabase(DataSource dataSource, QuartzProperties quartz) {
		return scheduler -> {
			if (quartz.getProperties().containsKey(DELEGATE) || !isPostgreSql(dataSource)) {
				return;
			}
			Properties properties = new Properties();
			properties.putAll(quartz.getProperties());
			properties.put(DELEGATE, POSTGRESQL_DELEGATE);
			scheduler.setQuartzProperties(properties);
			log.info("Quartz uses its PostgreSQL delegate");
		};
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Cannot tell which database Quartz runs on", ex);
		}
	}

}
