package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type ConfigErrorTag int

const (
	ConfigErrorSyntax ConfigErrorTag = iota
	ConfigErrorUnknownKey
	ConfigErrorBadValue
	ConfigErrorMissingField
)

type ConfigError struct {
	Tag          ConfigErrorTag
	Line         int
	Text         string
	Key          string
	Value        string
	MissingField string
}

func (v ConfigError) String() string {
	switch v.Tag {
	case ConfigErrorSyntax:
		return "ConfigError.Syntax { line: " + lisette.FormatValue(v.Line) + ", text: " + lisette.FormatValue(v.Text) + " }"
	case ConfigErrorUnknownKey:
		return "ConfigError.UnknownKey { line: " + lisette.FormatValue(v.Line) + ", key: " + lisette.FormatValue(v.Key) + " }"
	case ConfigErrorBadValue:
		return "ConfigError.BadValue { line: " + lisette.FormatValue(v.Line) + ", key: " + lisette.FormatValue(v.Key) + ", value: " + lisette.FormatValue(v.Value) + " }"
	}
	return "ConfigError.MissingField(" + lisette.FormatValue(v.MissingField) + ")"
}

func (self ConfigError) Error() string {
	switch self.Tag {
	case ConfigErrorSyntax:
		line := self.Line
		text := self.Text
		return fmt.Sprintf("line %v: expected key = value, got '%v'", line, text)
	case ConfigErrorUnknownKey:
		line := self.Line
		key := self.Key
		return fmt.Sprintf("line %v: unknown key '%v'", line, key)
	case ConfigErrorBadValue:
		line := self.Line
		key := self.Key
		value := self.Value
		return fmt.Sprintf("line %v: bad value '%v' for %v", line, value, key)
	case ConfigErrorMissingField:
		name := self.MissingField
		return fmt.Sprintf("missing field %v", name)
	}
	panic("unreachable")
}

type Entry struct {
	line  int
	key   string
	value string
}

func (v Entry) String() string {
	return "Entry { line: " + lisette.FormatValue(v.line) + ", key: " + lisette.FormatValue(v.key) + ", value: " + lisette.FormatValue(v.value) + " }"
}

type SettingTag int

const (
	SettingName SettingTag = iota
	SettingPort
	SettingWorkers
	SettingDebug
)

type Setting struct {
	Tag     SettingTag
	Name    string
	Port    int
	Workers int
	Debug   bool
}

func (v Setting) String() string {
	switch v.Tag {
	case SettingName:
		return "Setting.Name(" + lisette.FormatValue(v.Name) + ")"
	case SettingPort:
		return "Setting.Port(" + lisette.FormatValue(v.Port) + ")"
	case SettingWorkers:
		return "Setting.Workers(" + lisette.FormatValue(v.Workers) + ")"
	}
	return "Setting.Debug(" + lisette.FormatValue(v.Debug) + ")"
}

type Server struct {
	name    string
	port    int
	workers int
	debug   bool
}

func (v Server) String() string {
	return "Server { name: " + lisette.FormatValue(v.name) + ", port: " + lisette.FormatValue(v.port) + ", workers: " + lisette.FormatValue(v.workers) + ", debug: " + lisette.FormatValue(v.debug) + " }"
}

func trim(s string) string {
	start := 0
	end := len(s)
	for start < end && s[start] == ' ' {
		start += 1
	}
	for end > start && s[end-1] == ' ' {
		end -= 1
	}
	return s[start:end]
}

func parse_int(line int, key, text string) lisette.Result[int, ConfigError] {
	if len(text) == 0 {
		return lisette.MakeResultErr[int, ConfigError](ConfigError{Tag: ConfigErrorBadValue, Line: line, Key: key, Value: text})
	}
	n := 0
	for _, c := range text {
		if c < '0' || c > '9' {
			return lisette.MakeResultErr[int, ConfigError](ConfigError{Tag: ConfigErrorBadValue, Line: line, Key: key, Value: text})
		}
		n = n*10 + int((c - '0'))
	}
	return lisette.MakeResultOk[int, ConfigError](n)
}

func parse_bool(line int, key, text string) lisette.Result[bool, ConfigError] {
	switch text {
	case "true", "yes":
		return lisette.MakeResultOk[bool, ConfigError](true)
	case "false", "no":
		return lisette.MakeResultOk[bool, ConfigError](false)
	default:
		return lisette.MakeResultErr[bool, ConfigError](ConfigError{Tag: ConfigErrorBadValue, Line: line, Key: key, Value: text})
	}
}

func split_line(line int, text string) lisette.Result[Entry, ConfigError] {
	parts := strings.Split(text, "=")
	if len(parts) != 2 {
		return lisette.MakeResultErr[Entry, ConfigError](ConfigError{Tag: ConfigErrorSyntax, Line: line, Text: text})
	}
	key := trim(parts[0])
	value := trim(parts[1])
	if len(key) == 0 {
		return lisette.MakeResultErr[Entry, ConfigError](ConfigError{Tag: ConfigErrorSyntax, Line: line, Text: text})
	}
	return lisette.MakeResultOk[Entry, ConfigError](Entry{line: line, key: key, value: value})
}

func parse_setting(line int, text string) lisette.Result[Setting, ConfigError] {
	res := split_line(line, text)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Setting, ConfigError](res.ErrVal)
	}
	e := res.OkVal
	switch e.key {
	case "name":
		return lisette.MakeResultOk[Setting, ConfigError](Setting{Tag: SettingName, Name: e.value})
	case "port":
		res2 := parse_int(e.line, e.key, e.value)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[Setting, ConfigError](res2.ErrVal)
		}
		return lisette.MakeResultOk[Setting, ConfigError](Setting{Tag: SettingPort, Port: res2.OkVal})
	case "workers":
		res3 := parse_int(e.line, e.key, e.value)
		if res3.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[Setting, ConfigError](res3.ErrVal)
		}
		return lisette.MakeResultOk[Setting, ConfigError](Setting{Tag: SettingWorkers, Workers: res3.OkVal})
	case "debug":
		res4 := parse_bool(e.line, e.key, e.value)
		if res4.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[Setting, ConfigError](res4.ErrVal)
		}
		return lisette.MakeResultOk[Setting, ConfigError](Setting{Tag: SettingDebug, Debug: res4.OkVal})
	default:
		return lisette.MakeResultErr[Setting, ConfigError](ConfigError{Tag: ConfigErrorUnknownKey, Line: line, Key: e.key})
	}
}

func parse_server(lines []string) lisette.Result[Server, ConfigError] {
	name := lisette.MakeOptionNone[string]()
	port := lisette.MakeOptionNone[int]()
	workers := 1
	debug := false
	for i, text := range lines {
		t := trim(text)
		if len(t) == 0 || strings.HasPrefix(t, "#") {
			continue
		}
		res5 := parse_setting(i+1, t)
		if res5.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[Server, ConfigError](res5.ErrVal)
		}
		subject := res5.OkVal
		switch subject.Tag {
		case SettingName:
			n := subject.Name
			name = lisette.MakeOptionSome[string](n)
		case SettingPort:
			p := subject.Port
			port = lisette.MakeOptionSome[int](p)
		case SettingWorkers:
			w := subject.Workers
			workers = w
		case SettingDebug:
			d := subject.Debug
			debug = d
		}
	}
	res6 := lisette.OptionOkOr(name, ConfigError{Tag: ConfigErrorMissingField, MissingField: "name"})
	if res6.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Server, ConfigError](res6.ErrVal)
	}
	name2 := res6.OkVal
	res7 := lisette.OptionOkOr(port, ConfigError{Tag: ConfigErrorMissingField, MissingField: "port"})
	if res7.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Server, ConfigError](res7.ErrVal)
	}
	port2 := res7.OkVal
	return lisette.MakeResultOk[Server, ConfigError](Server{name: name2, port: port2, workers: workers, debug: debug})
}

func load(label, text string) lisette.Result[string, ConfigError] {
	res8 := parse_server(strings.Split(text, "\n"))
	if res8.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[string, ConfigError](res8.ErrVal)
	}
	s := res8.OkVal
	return lisette.MakeResultOk[string, ConfigError](fmt.Sprintf("%v: %v on port %v with %v workers (debug %v)", label, s.name, s.port, s.workers, s.debug))
}

func main() {
	configs := []lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "good", Second: "name = api\nport = 8080\n# comment\nworkers = 4\ndebug = yes"}, lisette.Tuple2[string, string]{First: "defaults", Second: "  name=web  \n\nport= 80"}, lisette.Tuple2[string, string]{First: "bad-port", Second: "name = db\nport = 80a"}, lisette.Tuple2[string, string]{First: "syntax", Second: "name = x\nport 9000"}, lisette.Tuple2[string, string]{First: "unknown", Second: "name = x\ncolour = red"}, lisette.Tuple2[string, string]{First: "no-port", Second: "name = cache\nworkers = 2"}, lisette.Tuple2[string, string]{First: "bad-bool", Second: "name = q\nport = 1\ndebug = maybe"}}
	ok := 0
	failed := 0
	for _, item := range configs {
		label := item.First
		text := item.Second
		subject2 := load(label, text)
		if subject2.Tag == lisette.ResultOk {
			summary := subject2.OkVal
			ok += 1
			fmt.Println(summary)
		} else {
			e := subject2.ErrVal
			failed += 1
			fmt.Printf("%v: error: %v\n", label, e.Error())
		}
	}
	fmt.Printf("%v loaded, %v failed\n", ok, failed)
}
