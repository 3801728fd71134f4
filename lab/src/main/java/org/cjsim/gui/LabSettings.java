package org.cjsim.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cjsim.format.UnitFormat;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * What the Model tab of the lab shows and changes: every strategy lever, then the main market, network,
 * customer and economic parameters, each with its range (a slider) and its description (the tooltip),
 * all built from the {@link Params} metadata so that a new lever appears by itself.
 *
 * <p>A lever changed while the model runs takes effect from the next day ({@link
 * CustomerJourneyModel#setStrategy}). The other parameters shape the world the model builds when it
 * starts, so a change applies to the next run (the Console's Stop, then Play); their descriptions say so.
 * Both kinds are kept in {@link #scenarioForNextStart()}, so a new run starts from what the tab shows.
 *
 * <p>Thread safety: the Console's model thread steps the model while holding its schedule's lock and the
 * Swing thread changes settings. A change takes the schedule's lock first, then this object's, the same
 * order the model thread uses when it reads {@link #changesByDay()}.
 */
public final class LabSettings implements Propertied {

    /** The parameters other than the levers that the Model tab shows, in order. */
    public static final List<String> SETUP_PATHS = List.of(
            "market.population",
            "market.initialCustomerShare",
            "market.initialAwareShare",
            "market.switchingCost",
            "market.productQuality",
            "market.issueBaseRate",
            "market.miscommunicationRate",
            "market.impossibleRequestShare",
            "network.type",
            "network.meanHouseholdSize",
            "network.meanDegree",
            "customers.baselineExpectation",
            "customers.purchasesPerMonth",
            "customers.issueImpact",
            "customers.complaintBase",
            "customers.complaintSeverity",
            "customers.patienceDays",
            "customers.annualChurnAtNeutral",
            "customers.promoterTalkRate",
            "customers.detractorTalkRate",
            "customers.referralConversion",
            "customers.unreasonableShare",
            "economics.meanSpend",
            "economics.margin",
            "horizon.days");

    private final List<ParamInfo> entries;
    private ScenarioParams setup;
    private CustomerJourneyModel model;
    private final SortedMap<Integer, Map<String, Object>> changes = new TreeMap<>();

    /** Settings that start from {@code scenario}. */
    public LabSettings(ScenarioParams scenario) {
        this.setup = scenario;
        List<ParamInfo> list = new ArrayList<>(Params.levers());
        for (String path : SETUP_PATHS) {
            list.add(Params.info(path).orElseThrow(() -> new IllegalStateException("no parameter " + path)));
        }
        this.entries = Collections.unmodifiableList(list);
    }

    /** The parameters shown, levers first. */
    public List<ParamInfo> entries() {
        return entries;
    }

    /** The scenario the next run starts from: the original one with every change made in the tab. */
    public synchronized ScenarioParams scenarioForNextStart() {
        return setup;
    }

    /** The model now running: lever changes go to it. Forgets the lever changes of the previous run. */
    public void attach(CustomerJourneyModel running) {
        synchronized (running.schedule) {
            synchronized (this) {
                this.model = running;
                changes.clear();
            }
        }
    }

    /**
     * The lever changes of the running model by the day they take effect, each with the parameters
     * changed and their final values (a slider dragged within a day counts once).
     */
    public synchronized SortedMap<Integer, Map<String, Object>> changesByDay() {
        SortedMap<Integer, Map<String, Object>> copy = new TreeMap<>();
        changes.forEach((day, values) -> copy.put(day, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        return copy;
    }

    /** The value shown for {@code path}. */
    public synchronized Object value(String path) {
        return Params.get(setup, path);
    }

    /**
     * Sets a parameter: a lever from the running model's next day on, another parameter from the next run.
     * A number outside the parameter's range is moved to the nearest end of it.
     *
     * @throws org.cjsim.params.InvalidParameterException if the value cannot be given to that parameter
     * @throws IllegalArgumentException if the tab has no such parameter
     */
    public void set(String path, Object value) {
        ParamInfo info = entry(path);
        Object v = info.numeric() && value instanceof Number n ? clamp(info, n.doubleValue()) : value;
        CustomerJourneyModel running;
        synchronized (this) {
            running = model;
        }
        if (running == null || !info.lever()) {
            synchronized (this) {
                setup = Params.with(setup, path, v);
            }
            return;
        }
        synchronized (running.schedule) {
            synchronized (this) {
                ScenarioParams next = Params.with(setup, path, v);
                setup = next;
                if (model == running) {
                    running.setStrategy(next.strategy());
                    int day = running.schedule.getTime() < 0 ? 0 : running.day() + 1;
                    changes.computeIfAbsent(day, d -> new LinkedHashMap<>()).put(info.name(), Params.get(next, path));
                }
            }
        }
    }

    private ParamInfo entry(String path) {
        for (ParamInfo info : entries) {
            if (info.path().equals(path)) {
                return info;
            }
        }
        throw new IllegalArgumentException("the lab does not show " + path);
    }

    private static Object clamp(ParamInfo info, double v) {
        double c = Math.max(info.min(), Math.min(info.max(), v));
        return info.type() == int.class ? (Object) (int) Math.round(c) : (Object) c;
    }

    /**
     * The range a slider covers: the parameter's valid range when it is narrow, otherwise from its minimum
     * to a round number a few times the default (or the lever's realistic high value), so that the slider
     * stays usable; any valid value can still be typed.
     */
    static double sliderMax(ParamInfo info, ScenarioParams scenario) {
        if (info.max() - info.min() <= 100) {
            return info.max();
        }
        double typical = Math.abs(((Number) Params.get(scenario, info.path())).doubleValue());
        typical = Math.max(typical, Math.abs(((Number) info.defaultValue()).doubleValue()));
        if (info.lever() && Double.isFinite(info.high())) {
            typical = Math.max(typical, info.high());
        }
        return Math.min(info.max(), Math.max(info.min() + 1, roundUp(4 * Math.max(1, typical))));
    }

    /** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least {@code v}. */
    static double roundUp(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= v * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The tooltip of a parameter: what it means, its unit and range, and when a change takes effect. */
    static String describe(ParamInfo info, double sliderMax) {
        StringBuilder html = new StringBuilder("<html><b>")
                .append(info.path())
                .append("</b> (")
                .append(escape(info.unit()))
                .append(")<br>")
                .append(escape(info.description()))
                .append("<br>Allowed: ")
                .append(escape(info.allowed()));
        if (info.numeric() && sliderMax < info.max()) {
            html.append("; the slider goes to ")
                    .append(UnitFormat.parameter(sliderMax))
                    .append(", type a larger value in the box");
        }
        html.append(".<br><i>")
                .append(
                        info.lever()
                                ? "A strategy lever: a change takes effect from the next day."
                                : "Shapes the world at the start: a change applies to the next run (press Stop, then Play).")
                .append("</i></html>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public Properties properties() {
        return new SettingsProperties(this);
    }

    /** The entries as MASON properties: numbers with an {@link Interval} domain become sliders. */
    private static final class SettingsProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient LabSettings settings;

        SettingsProperties(LabSettings settings) {
            this.settings = settings;
            this.object = settings;
        }

        private ParamInfo info(int index) {
            return settings.entries.get(index);
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return settings.entries.size();
        }

        @Override
        public String getName(int index) {
            return info(index).path();
        }

        @Override
        public Class<?> getType(int index) {
            Class<?> type = info(index).type();
            return type.isEnum() ? int.class : type;
        }

        @Override
        public boolean isReadWrite(int index) {
            return true;
        }

        @Override
        public Object getValue(int index) {
            ParamInfo info = info(index);
            Object value = settings.value(info.path());
            if (value instanceof Enum<?> e) {
                return e.ordinal();
            }
            return value;
        }

        @Override
        public Object getDomain(int index) {
            ParamInfo info = info(index);
            if (info.type().isEnum()) {
                return info.choices().toArray(new String[0]);
            }
            if (!info.numeric()) {
                return null;
            }
            double max = sliderMax(info, settings.scenarioForNextStart());
            if (info.type() == int.class) {
                return new Interval((long) info.min(), (long) max);
            }
            return new Interval(info.min(), max);
        }

        @Override
        public String getDescription(int index) {
            ParamInfo info = info(index);
            return describe(info, info.numeric() ? sliderMax(info, settings.scenarioForNextStart()) : Double.NaN);
        }

        @Override
        protected Object _setValue(int index, Object value) {
            ParamInfo info = info(index);
            Object v = value;
            if (info.type().isEnum()) {
                int choice = ((Number) value).intValue();
                if (choice < 0 || choice >= info.choices().size()) {
                    return null;
                }
                v = info.choices().get(choice);
            } else if (info.type() == boolean.class && value instanceof String s) {
                v = Boolean.parseBoolean(s.trim().toLowerCase(Locale.ROOT));
            }
            try {
                settings.set(info.path(), v);
            } catch (RuntimeException e) {
                return null;
            }
            return getValue(index);
        }
    }
}
