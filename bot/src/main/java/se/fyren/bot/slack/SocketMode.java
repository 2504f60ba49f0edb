package se.fyren.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import se.fyren.bot.chat.Reachability;

/**
 * Socket Mode: Fyren opens a WebSocket to Slack instead of Slack posting to
 * {@code /slack/events}, for a server with no public URL. Connects when an app-level
 * token is set and Slack answers (again, after it could not be reached); does nothing
 * otherwise.
 */
final class SocketMode implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketMode.class);

	private final App app;

	private final SlackProperties properties;

	private final Reachability slack;

	private SocketModeApp socket;

	private boolean running;

	SocketMode(App app, SlackProperties properties, Reachability slack) {
		this.app = app;
		this.properties = properties;
		this.slack = slack;
	}

	@Override
	public synchronized void start() {
		running = true;
		if (properties.socketMode()) {
			slack.whenReachable(this::connect);
		}
	}

	private synchronized void connect() {
		if (!running || socket != null) {
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
			log.warn("Slack Socket Mode could not connect ({}); tried again when Slack answers again", ex.toString());
			socket = null;
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
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
		return running;
	}

}
