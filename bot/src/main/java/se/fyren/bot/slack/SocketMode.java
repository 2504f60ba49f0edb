package se.fyren.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode: Fyren opens a WebSocket to Slack instead of Slack posting to
 * {@code /slack/events}, for a server with no public URL. Runs with the application when
 * an app-level token is set; does nothing otherwise.
 */
final class SocketMode implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketMode.class);

	private final App app;

	private final SlackProperties properties;

	private SocketModeApp socket;

	SocketMode(App app, SlackProperties properties) {
		this.app = app;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (!properties.socketMode()) {
			return;
		}
		try {
			socket = new SocketModeApp(properties.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
			socket.startAsync();
			log.info("Slack Socket Mode connected");
		}
		catch (Exception | LinkageError ex) {
			// Slack unreachable at start (or a missing WebSocket library) must not stop
			// the web chat.
			log.error("Slack Socket Mode could not connect; Fyren answers Slack over HTTP only", ex);
			socket = null;
		}
	}

	@Override
	public synchronized void stop() {
		if (socket == null) {
			return;
		}
		try {
			socket.close();
		}
		catch (Exception ex) {
			log.warn("Slack Socket Mode did not close cleanly: {}", ex.toString());
		}
		socket = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return socket != null;
	}

}
