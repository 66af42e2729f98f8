package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ConfigErrorTag int

const (
	ConfigErrorMissing ConfigErrorTag = iota
	ConfigErrorInvalid
	ConfigErrorEmpty
)

type ConfigError struct {
	Tag     ConfigErrorTag
	Missing string
	Key     string
	Value   string
}

func (v ConfigError) String() string {
	switch v.Tag {
	case ConfigErrorMissing:
		return "ConfigError.Missing(" + lisette.FormatValue(v.Missing) + ")"
	case ConfigErrorInvalid:
		return "ConfigError.Invalid { key: " + lisette.FormatValue(v.Key) + ", value: " + lisette.FormatValue(v.Value) + " }"
	}
	return "ConfigError.Empty"
}

func (self ConfigError) Error() string {
	switch self.Tag {
	case ConfigErrorMissing:
		k := self.Missing
		return fmt.Sprintf("missing key %v", k)
	case ConfigErrorInvalid:
		key := self.Key
		value := self.Value
		return fmt.Sprintf("bad value %v for %v", value, key)
	case ConfigErrorEmpty:
		return "empty config"
	}
	panic("unreachable")
}

func port(cfg map[string]string) lisette.Result[int, error] {
	if len(cfg) == 0 {
		return lisette.MakeResultErr[int, error](ConfigError{Tag: ConfigErrorEmpty})
	}
	subject := lisette.MapGet(cfg, "port")
	if subject.Tag == lisette.OptionNone {
		return lisette.MakeResultErr[int, error](ConfigError{Tag: ConfigErrorMissing, Missing: "port"})
	}
	v := subject.SomeVal
	if v == "80" {
		return lisette.MakeResultOk[int, error](80)
	} else if v == "443" {
		return lisette.MakeResultOk[int, error](443)
	} else {
		return lisette.MakeResultErr[int, error](ConfigError{Tag: ConfigErrorInvalid, Key: "port", Value: v})
	}
}

func main() {
	configs := []map[string]string{lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "port", Second: "443"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "host", Second: "db"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "port", Second: "x"}}), map[string]string{}}
	for _, cfg := range configs {
		subject2 := port(cfg)
		if subject2.Tag == lisette.ResultOk {
			p := subject2.OkVal
			fmt.Println("port", p)
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	}
}
