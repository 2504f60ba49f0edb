package se.fyren.bot.teams;

import se.fyren.bot.infra.ChatSettingsPresent;

/** Teams is on when both the app id and the app password are set. */
class TeamsConfigured extends ChatSettingsPresent {

	static final String[] SETTINGS = { "fyren.teams.app-id", "fyren.teams.app-password" };

	TeamsConfigured() {
		super("Teams", true, SETTINGS);
	}

	/** The opposite, for the one line that says Teams is off. */
	static class Not extends ChatSettingsPresent {

		Not() {
			super("Teams", false, SETTINGS);
		}

	}

}
