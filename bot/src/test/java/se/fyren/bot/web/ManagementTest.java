package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import se.fyren.bot.ops.Management;

/**
 * What the IT department's monitoring sees on the management port: health with its
 * readiness and liveness groups, info with the version and the index, and Prometheus
 * metrics that count questions; none of it on the public port.
 */
class ManagementTest extends WebTestSupport {

	static final String KINGDON = "Vilka tre strömmar ingår i Kingdons modell?";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Value("${management.server.address}")
	String managementAddress;

	@Test
	void managementIsOnItsOwnLoopbackPortNotThePublicOne() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		assertThat(managementAddress).isEqualTo("127.0.0.1");
		assertThat(publicGet("/actuator/health").statusCode()).isEqualTo(404);
		assertThat(publicGet("/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(management().get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void readinessHoldsTheIndexAndTheDatabaseAndChatsAreOffWithoutSettings() {
		JsonNode readiness = management().json("/actuator/health/readiness");
		assertThat(readiness.path("status").asString()).isEqualTo("UP");
		assertThat(readiness.path("components").propertyNames()).contains("index", "db", "readinessState")
			.doesNotContain("slack", "teams");
		assertThat(readiness.path("components").path("index").path("details").path("passages").asInt())
			.isGreaterThan(100);
		assertThat(management().status("liveness")).isEqualTo("UP");
		assertThat(management().status("slack")).isEqualTo("OFF");
		assertThat(management().status("teams")).isEqualTo("OFF");
		assertThat(management().status("")).isEqualTo("UP");
	}

	@Test
	void infoTellsTheVersionAndWhatTheIndexHolds() {
		JsonNode info = management().json("/actuator/info");
		assertThat(info.path("build").path("version").asString()).isNotBlank();
		assertThat(info.path("index").path("documents").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(info.path("index").path("passages").asInt()).isGreaterThan(100);
	}

	@Test
	void questionsAnswersAndRatingsAreCounted() throws Exception {
		double answered = metric("fyren_questions_total{channel=\"web\",outcome=\"answered\"}");
		double abstained = metric("fyren_questions_total{channel=\"web\",outcome=\"abstained\"}");
		double timed = metric("fyren_answer_latency_seconds_count{channel=\"web\"}");

		String answerId = Management.JSON.readTree(ask(KINGDON)).path("answerId").asString();
		ask(WebApiTest.UNANSWERABLE);
		publicPost("/api/feedback", "{\"answerId\": \"" + answerId + "\", \"helpful\": false}");

		assertThat(metric("fyren_questions_total{channel=\"web\",outcome=\"answered\"}")).isEqualTo(answered + 1);
		assertThat(metric("fyren_questions_total{channel=\"web\",outcome=\"abstained\"}")).isEqualTo(abstained + 1);
		assertThat(metric("fyren_answer_latency_seconds_count{channel=\"web\"}")).isEqualTo(timed + 2);
		assertThat(metric("fyren_ratings_total{helpful=\"false\"}")).isGreaterThanOrEqualTo(1);
		assertThat(metric("fyren_index_passages")).isGreaterThan(100);
		assertThat(metric("fyren_index_refresh_seconds_count")).isEqualTo(1);
		assertThat(metric("fyren_chains_running")).isZero();
	}

	@Test
	void fyrensCountersAreThereFromTheStartNotAfterTheirFirstEvent() {
		// Series no test of this class moves: a dashboard or an alert on them read "no
		// data" until the first Slack question, helpful rating, sent reminder or stopped
		// chain.
		String scraped = management().get("/actuator/prometheus").body();

		assertThat(scraped.lines())
			.anyMatch(line -> line.startsWith("fyren_questions_total{channel=\"slack\",outcome=\"answered\"} "))
			.anyMatch(line -> line.startsWith("fyren_questions_total{channel=\"teams\",outcome=\"abstained\"} "))
			.anyMatch(line -> line.startsWith("fyren_ratings_total{helpful=\"true\"} "))
			.anyMatch(line -> line.startsWith("fyren_reminders_total{outcome=\"sent\"} "))
			.anyMatch(line -> line.startsWith("fyren_reminders_total{outcome=\"claimed-elsewhere\"} "))
			.anyMatch(line -> line.startsWith("fyren_chains_finished_total{state=\"stopped\"} "))
			.anyMatch(line -> line.startsWith("fyren_chains_finished_total{state=\"finished\"} "));
	}

	/** A sample's value in the Prometheus text, 0 when it is not there yet. */
	private double metric(String sample) {
		return management().get("/actuator/prometheus")
			.body()
			.lines()
			.filter(line -> line.startsWith(sample + " "))
			.mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1).strip()))
			.findFirst()
			.orElse(0);
	}

	private String ask(String question) throws Exception {
		return publicPost("/api/ask", "{\"question\": \"" + question + "\"}").body();
	}

	private Management management() {
		return new Management(managementPort);
	}

	private HttpResponse<String> publicGet(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> publicPost(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
