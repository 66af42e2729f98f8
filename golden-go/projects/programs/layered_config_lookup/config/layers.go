package config

import lisette "lisette.dev/prelude"

type Layer struct {
	Name    string
	entries map[string]Value
}

func (v Layer) String() string {
	return "Layer { name: " + lisette.FormatValue(v.Name) + ", entries: " + lisette.FormatValue(v.entries) + " }"
}

func Layer_(name string) Layer {
	return Layer{Name: name, entries: map[string]Value{}}
}

func (self *Layer) Set(key string, v Value) {
	self.entries[key] = v
}

func (self Layer) Lookup(key string) lisette.Option[Value] {
	return lisette.MapGet(self.entries, key)
}

func Resolve(layers []Layer, key string) lisette.Option[lisette.Tuple2[string, Value]] {
	found := lisette.MakeOptionNone[lisette.Tuple2[string, Value]]()
	for _, l := range layers {
		subject := l.Lookup(key)
		if subject.Tag == lisette.OptionSome {
			v := subject.SomeVal
			found = lisette.MakeOptionSome[lisette.Tuple2[string, Value]](lisette.Tuple2[string, Value]{First: l.Name, Second: v})
		}
	}
	return found
}
