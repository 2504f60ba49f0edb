package se.fyren.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an acknowledged delivery's check does when the database cannot answer it. */
class DeliveriesTest {

	@Test
	void anAcknowledgedDeliveryIsTakenWhenTheDatabaseCannotSayWhetherItWasSeen() {
		// A real database without Fyren's tables: every check fails, as one that is down
		// or locked would.
		JdbcDataSource broken = new JdbcDataSource();
		broken.setURL("jdbc:h2:mem:deliveries-without-tables;DB_CLOSE_DELAY=-1");
		Deliveries deliveries = new Deliveries(JdbcClient.create(broken), Clock.systemUTC());

		assertThatThrownBy(() -> deliveries.firstTime(Channel.SLACK, "event:Ev1"))
			.isInstanceOf(DataAccessException.class);
		assertThat(deliveries.firstTimeOrUnknown(Channel.SLACK, "event:Ev1")).isTrue();
	}

}
