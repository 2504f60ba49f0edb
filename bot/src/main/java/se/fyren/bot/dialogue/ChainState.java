package se.fyren.bot.dialogue;

enum ChainState {

	RUNNING, FINISHED, STOPPED

}
