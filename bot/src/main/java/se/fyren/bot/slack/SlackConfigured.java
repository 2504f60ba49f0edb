package se.fyren.bot.slack;

import se.fyren.bot.infra.ChatSettingsPresent;

/** Slack is on when both a bot token and a signing secret are set. */
class SlackConfigured extends ChatSettingsPresent {

	static final String[] SETTINGS = { "fyren.slack.bot-token", "fyren.slack.signing-secret" };

	SlackConfigured() {
		super("Slack", true, SETTINGS);
	}

	/** The opposite, for the one line that says Slack is off. */
	static class Not extends ChatSettingsPresent {

		Not() {
			super("Slack", false, SETTINGS);
		}

	}

}
