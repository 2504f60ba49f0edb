package se.fyren.bot.slack;

import java.util.List;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;

/**
 * A Slack message: Block Kit blocks and the plain text that notifications and screen
 * readers show.
 */
record Rendered(String text, List<LayoutBlock> blocks) {

	Rendered {
		blocks = List.copyOf(blocks);
	}

	/** This message as an answer by response_url that only the asker sees. */
	ActionResponse ephemeral() {
		return ActionResponse.builder().responseType("ephemeral").text(text).blocks(blocks).build();
	}

}
