package se.fyren.bot.radar;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Nightly: looks at every followed issue's window. Not two at once in the cluster. */
@DisallowConcurrentExecution
class RadarJob extends QuartzJobBean {

	private final WindowWatch watch;

	RadarJob(WindowWatch watch) {
		this.watch = watch;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		watch.checkAll();
	}

}
