package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Plugin interface {
	Name() string
	Handle(verb string, args []string) lisette.Result[string, error]
}

type UnknownVerb struct {
	plugin string
	verb   string
}

func (v UnknownVerb) String() string {
	return "UnknownVerb { plugin: " + lisette.FormatValue(v.plugin) + ", verb: " + lisette.FormatValue(v.verb) + " }"
}

type MissingArgs struct {
	usage string
}

func (v MissingArgs) String() string {
	return "MissingArgs { usage: " + lisette.FormatValue(v.usage) + " }"
}

type NoSuchPlugin struct {
	wanted string
}

func (v NoSuchPlugin) String() string {
	return "NoSuchPlugin { wanted: " + lisette.FormatValue(v.wanted) + " }"
}

func (self UnknownVerb) Error() string {
	return fmt.Sprintf("%v: unknown verb '%v'", self.plugin, self.verb)
}

func (self MissingArgs) Error() string {
	return "usage: " + self.usage
}

func (self NoSuchPlugin) Error() string {
	return "no plugin named " + self.wanted
}

type Echo struct{}

func (v Echo) String() string {
	return "Echo {}"
}

func (self Echo) Name() string {
	return "echo"
}

func (self Echo) Handle(verb string, args []string) lisette.Result[string, error] {
	switch verb {
	case "say":
		return lisette.MakeResultOk[string, error](strings.Join(args, " "))
	case "shout":
		return lisette.MakeResultOk[string, error](strings.Join(args, " ") + "!")
	default:
		return lisette.MakeResultErr[string, error](UnknownVerb{plugin: "echo", verb: verb})
	}
}

type Counter struct {
	count int
}

func (v Counter) String() string {
	return "Counter { count: " + lisette.FormatValue(v.count) + " }"
}

func (self Counter) Name() string {
	return "counter"
}

func (self *Counter) Handle(verb string, _args []string) lisette.Result[string, error] {
	switch verb {
	case "inc":
		self.count += 1
		return lisette.MakeResultOk[string, error](fmt.Sprintf("count is %v", self.count))
	case "get":
		return lisette.MakeResultOk[string, error](fmt.Sprintf("count is %v", self.count))
	case "reset":
		old := self.count
		self.count = 0
		return lisette.MakeResultOk[string, error](fmt.Sprintf("reset from %v", old))
	default:
		return lisette.MakeResultErr[string, error](UnknownVerb{plugin: "counter", verb: verb})
	}
}

type Store struct {
	data   map[string]string
	writes int
}

func (v Store) String() string {
	return "Store { data: " + lisette.FormatValue(v.data) + ", writes: " + lisette.FormatValue(v.writes) + " }"
}

func (self Store) Name() string {
	return "kv"
}

func (self *Store) Handle(verb string, args []string) lisette.Result[string, error] {
	switch verb {
	case "set":
		if len(args) == 2 {
			key := args[0]
			value := args[1]
			self.data[key] = value
			self.writes += 1
			return lisette.MakeResultOk[string, error](key + " stored")
		}
		return lisette.MakeResultErr[string, error](MissingArgs{usage: "kv set KEY VALUE"})
	case "get":
		if len(args) == 1 {
			key := args[0]
			subject := lisette.MapGet(self.data, key)
			if subject.Tag == lisette.OptionSome {
				v := subject.SomeVal
				return lisette.MakeResultOk[string, error](v)
			}
			return lisette.MakeResultOk[string, error](key + " is unset")
		}
		return lisette.MakeResultErr[string, error](UnknownVerb{plugin: "kv", verb: verb})
	case "count":
		return lisette.MakeResultOk[string, error](fmt.Sprintf("%v keys, %v writes", len(self.data), self.writes))
	default:
		return lisette.MakeResultErr[string, error](UnknownVerb{plugin: "kv", verb: verb})
	}
}

type Registry struct {
	plugins    map[string]Plugin
	order      []string
	dispatched int
}

func (v Registry) String() string {
	return "Registry { plugins: " + lisette.FormatValue(v.plugins) + ", order: " + lisette.FormatValue(v.order) + ", dispatched: " + lisette.FormatValue(v.dispatched) + " }"
}

func Registry_new() Registry {
	return Registry{plugins: map[string]Plugin{}, order: []string{}, dispatched: 0}
}

func (self *Registry) Register(p Plugin) {
	self.plugins[p.Name()] = p
	self.order = append(self.order, p.Name())
}

func (self *Registry) Dispatch(line string) lisette.Result[string, error] {
	words := strings.Split(line, " ")
	if len(words) >= 2 {
		plugin := words[0]
		verb := words[1]
		args := words[2:len(words):len(words)]
		subject2 := lisette.MapGet(self.plugins, plugin)
		if subject2.Tag == lisette.OptionSome {
			p := subject2.SomeVal
			self.dispatched += 1
			return p.Handle(verb, args)
		}
		return lisette.MakeResultErr[string, error](NoSuchPlugin{wanted: plugin})
	}
	return lisette.MakeResultErr[string, error](MissingArgs{usage: "PLUGIN VERB [ARGS...]"})
}

func main() {
	reg := Registry_new()
	counter := Counter{count: 0}
	store := Store{data: map[string]string{}, writes: 0}
	reg.Register(Echo{})
	reg.Register(&counter)
	reg.Register(&store)
	script := []string{"echo say hello world", "counter inc", "counter inc", "kv set color teal", "kv set size", "kv get color", "kv get shape", "echo shout we did it", "counter get", "echo whisper hi", "weather today", "help", "kv count", "counter reset", "counter get"}
	failures := 0
	for _, line := range script {
		subject3 := reg.Dispatch(line)
		if subject3.Tag == lisette.ResultOk {
			out := subject3.OkVal
			fmt.Printf("%v -> %v\n", line, out)
		} else {
			e := subject3.ErrVal
			failures += 1
			fmt.Printf("%v !! %v\n", line, e)
		}
	}
	names := strings.Join(reg.order, ", ")
	fmt.Println("plugins:", names)
	fmt.Printf("%v failures, %v dispatched\n", failures, reg.dispatched)
	fmt.Printf("counter at %v, store has %v keys\n", counter.count, len(store.data))
	fmt.Println(lisette.MapGet(reg.plugins, "echo"))
}
