package se.fyren.bot.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * Slack's side of Socket Mode on loopback: the WebSocket that apps.connections.open
 * points at. It greets with "hello" as Slack does, sends envelopes (slash commands,
 * events) and records what Fyren sends back (the acknowledgements). Served by an embedded
 * Tomcat, the server already on the classpath.
 */
final class FakeSlackSocket implements AutoCloseable {

	static final String PATH = "/link";

	private final Tomcat tomcat = new Tomcat();

	private final List<Session> sessions = new CopyOnWriteArrayList<>();

	private final List<String> received = new CopyOnWriteArrayList<>();

	FakeSlackSocket() {
		try {
			tomcat.setBaseDir(Files.createTempDirectory("fake-slack-socket").toString());
			tomcat.setPort(0);
			tomcat.getConnector().setProperty("address", "127.0.0.1");
			Context context = tomcat.addContext("", Path.of(".").toAbsolutePath().toString());
			// Tomcat runs filters (the WebSocket upgrade is one) only for requests that
			// map to a servlet.
			Tomcat.addServlet(context, "default", new HttpServlet() {
			});
			context.addServletMappingDecoded("/", "default");
			context.addServletContainerInitializer(new WsSci(), null);
			context.addServletContainerInitializer((classes, servletContext) -> {
				ServerContainer container = (ServerContainer) servletContext
					.getAttribute(ServerContainer.class.getName());
				try {
					container.addEndpoint(ServerEndpointConfig.Builder.create(Link.class, PATH)
						.configurator(new ServerEndpointConfig.Configurator() {
							@Override
							public <T> T getEndpointInstance(Class<T> type) {
								return type.cast(new Link());
							}
						})
						.build());
				}
				catch (DeploymentException ex) {
					throw new IllegalStateException("Could not deploy the fake Slack socket", ex);
				}
			}, null);
			tomcat.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the fake Slack socket", ex);
		}
		catch (LifecycleException | RuntimeException ex) {
			throw new IllegalStateException("Could not start the fake Slack socket", ex);
		}
	}

	String url() {
		return "ws://127.0.0.1:" + tomcat.getConnector().getLocalPort() + PATH;
	}

	boolean connected() {
		return sessions.stream().anyMatch(Session::isOpen);
	}

	/** Sends an envelope to every open connection (Fyren holds one). */
	void send(String envelope) {
		for (Session session : sessions) {
			if (session.isOpen()) {
				try {
					session.getBasicRemote().sendText(envelope);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not send to Fyren over the socket", ex);
				}
			}
		}
	}

	List<String> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		try {
			tomcat.stop();
			tomcat.destroy();
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException("Could not stop the fake Slack socket", ex);
		}
	}

	/** One Socket Mode connection as Slack holds it. */
	final class Link extends Endpoint {

		@Override
		public void onOpen(Session session, EndpointConfig config) {
			sessions.add(session);
			session.addMessageHandler(String.class, (MessageHandler.Whole<String>) received::add);
			try {
				session.getBasicRemote()
					.sendText(
							"""
									{"type":"hello","num_connections":1,"debug_info":{"host":"fake-slack","approximate_connection_time":18060},
									 "connection_info":{"app_id":"A0FYREN"}}""");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not greet Fyren", ex);
			}
		}

		@Override
		public void onClose(Session session, CloseReason reason) {
			sessions.remove(session);
		}

	}

}
