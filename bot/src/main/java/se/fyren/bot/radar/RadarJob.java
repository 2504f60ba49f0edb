package se.fyren.bot.radar;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Nightly: looks at every followed issue's window, and offers the data releases coming
 * up. Not two at once in the cluster.
 */
@DisallowConcurrentExecution
class RadarJob extends QuartzJobBean {

	private final WindowWatch watch;

	private final SignalSuggestions suggestions;

	RadarJob(WindowWatch watch, SignalSuggestions suggestions) {
		this.watch = watch;
		this.suggestions = suggestions;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		watch.checkAll();
		suggestions.offerDue();
	}

}
