package se.fyren.bot.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

/**
 * Where a card's button was clicked and what it carried: read from a block action, and
 * kept in a modal's private metadata while the user types, so the submission can be
 * handed to the core as the same click.
 */
record CardClick(String actionId, String value, String channel, String thread, String message) {

	private static final Gson GSON = new Gson();

	static CardClick of(BlockActionPayload action, String prefix) {
		var clicked = action.getActions().get(0);
		var container = action.getContainer();
		String channel = action.getChannel() != null ? action.getChannel().getId()
				: container == null ? null : container.getChannelId();
		String message = container == null ? null : container.getMessageTs();
		// A button on a thread reply belongs to that thread; one on a top-level message
		// starts it.
		String thread = container == null ? null : container.getThreadTs() != null ? container.getThreadTs() : message;
		return new CardClick(clicked.getActionId().substring(prefix.length()), clicked.getValue(), channel, thread,
				message);
	}

	String toJson() {
		return GSON.toJson(this);
	}

	static CardClick fromJson(String json) {
		return GSON.fromJson(json, CardClick.class);
	}

}
