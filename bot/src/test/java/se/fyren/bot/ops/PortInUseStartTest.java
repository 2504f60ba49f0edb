package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.bot.ChildFyren;
import se.fyren.bot.FyrenApplication;

/**
 * A server whose management port another service already uses (8081 is a common one), in
 * a JVM of its own: the report names the management port and FYREN_MANAGEMENT_PORT.
 * Spring Boot's own said "configure this application to listen on another port", and the
 * setting an administrator reached for, the web chat's port, was not the one that
 * clashed.
 */
class PortInUseStartTest {

	@TempDir
	Path data;

	@Test
	void aTakenManagementPortIsNamedWithTheSettingThatMovesIt() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String port = String.valueOf(taken.getLocalPort());

			ChildFyren.Exited run = ChildFyren.run(FyrenApplication.class.getName(), data,
					ChildFyren.settings(Map.of("fyren.knowledge.index-on-start", "false", "management.server.port",
							port, "management.server.address", "127.0.0.1")));

			assertThat(run.code()).isNotIn(0, ChildFyren.NOT_EXITED);
			assertThat(run.output())
				.contains("APPLICATION FAILED TO START", "Port " + port + ", Fyren's management port",
						"FYREN_MANAGEMENT_PORT")
				.doesNotContain("\tat org.springframework");
		}
	}

}
