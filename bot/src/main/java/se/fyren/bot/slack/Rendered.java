package se.fyren.bot.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * A Slack message: Block Kit blocks and the plain text that notifications and screen
 * readers show.
 */
record Rendered(String text, List<LayoutBlock> blocks) {

	Rendered {
		blocks = List.copyOf(blocks);
	}

}
