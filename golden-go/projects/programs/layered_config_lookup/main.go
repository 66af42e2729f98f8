package main

import (
	"fmt"
	"golden/projects/programs/layered_config_lookup/config"
	lisette "lisette.dev/prelude"
)

func main() {
	defaults := config.Layer_("defaults")
	defaults.Set("port", config.Value{Tag: config.ValueInt, Int: 80})
	defaults.Set("debug", config.Value{Tag: config.ValueFlag, Flag: false})
	defaults.Set("name", config.Value{Tag: config.ValueText, Text: "demo"})
	user := config.Layer_("user")
	user.Set("port", config.Value{Tag: config.ValueInt, Int: 8080})
	user.Set("debug", config.Value{Tag: config.ValueFlag, Flag: true})
	layers := []config.Layer{defaults, user}
	for _, key := range []string{"port", "debug", "name", "color"} {
		subject := config.Resolve(layers, key)
		if subject.Tag == lisette.OptionSome {
			from := subject.SomeVal.First
			v := subject.SomeVal.Second
			fmt.Println(key, "=", config.Render(v), "from", from)
		} else {
			fmt.Println(key, "unset")
		}
	}
	fmt.Println(config.Resolve(layers, "port"))
}
