package main

import (
	"fmt"
	"maps"
)

func main() {
	defaults := map[string]int{}
	defaults["timeout"] = 30
	defaults["retries"] = 3
	config := maps.Clone(defaults)
	fmt.Println(maps.Equal(config, defaults))
	overrides := map[string]int{}
	overrides["retries"] = 5
	overrides["workers"] = 8
	maps.Copy(config, overrides)
	fmt.Println(config)
	fmt.Println(defaults)
	fmt.Println(maps.Equal(config, defaults), len(config))
	overrides["workers"] = 1
	fmt.Println(config["workers"])
}
