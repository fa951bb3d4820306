/// `-display`: the display back end (`none`, `gtk`, `sdl`, `vnc`, `curses`, `egl-headless`, `dbus`, `spice-app`).
public struct QEMUDisplay: QEMUOptionModel {
    /// `type`: the back end.
    public var type: String?
    /// `gl`: OpenGL: `on`, `off`, `core` or `es`.
    public var gl: String?
    /// `full-screen`: whether the window starts full screen.
    public var fullScreen: QEMUBool?
    /// `zoom-to-fit`: whether the guest display is scaled to the window.
    public var zoomToFit: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-display` option; every field is optional.
    public init(type: String? = nil, gl: String? = nil, fullScreen: QEMUBool? = nil, zoomToFit: QEMUBool? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.type = type
        self.gl = gl
        self.fullScreen = fullScreen
        self.zoomToFit = zoomToFit
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["display"]

    /// Reads a `-display` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUDisplay: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(type: settings.string("type"), gl: settings.string("gl"), fullScreen: settings.bool("full-screen"), zoomToFit: settings.bool("zoom-to-fit"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("type", type)
        writer.add("gl", gl)
        writer.add("full-screen", fullScreen)
        writer.add("zoom-to-fit", zoomToFit)
        writer.add(properties)
    }
}
