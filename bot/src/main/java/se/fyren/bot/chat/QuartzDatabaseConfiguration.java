package se.fyren.bot.chat;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Quartz's JDBC job store reads its tables through a delegate per database: the standard one reads
 * PostgreSQL's {@code bytea} job data as a number and fails at start. Chosen from the database itself, so H2 by
 * default and PostgreSQL in production both work without a setting; an explicit
 * {@code org.quartz.jobStore.driverDelegateClass} wins.
 */
@Configuration(proxyBeanMethods = false)
class QuartzDatabaseConfiguration {

	static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

	private static final Logger log = LoggerFactory.getLogger(QuartzDatabaseConfiguration.class);

	@Bean
	SchedulerFactoryBeanCustomizer quartzDelegateForTheDatabase(DataSource dataSource, QuartzProperties quartz) {
		return scheduler -> {
			if (quartz.getProperties().containsKey(DELEGATE) || !isPostgresql(dataSource)) {
				return;
			}
			Properties properties = new Properties();
			properties.putAll(quartz.getProperties());
			properties.put(DELEGATE, PostgreSQLDelegate.class.getName());
			scheduler.setQuartzProperties(properties);
		};
	}

	private static boolean isPostgresql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (MetaDataAccessException ex) {
			log.warn("Cannot tell which database Quartz uses; keeping its standard delegate", ex);
			return false;
		}
	}

}
