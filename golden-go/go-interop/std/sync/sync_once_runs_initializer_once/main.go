package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

type Config struct {
	loaded int
	name   string
}

func (v Config) String() string {
	return "Config { loaded: " + lisette.FormatValue(v.loaded) + ", name: " + lisette.FormatValue(v.name) + " }"
}

func main() {
	once := sync.Once{}
	cfg := Config{loaded: 0, name: ""}
	for i := 0; i < 4; i++ {
		once.Do(func() {
			cfg.loaded += 1
			cfg.name = fmt.Sprintf("config-%v", i)
		})
		fmt.Println("call", i, "->", cfg.name, cfg.loaded)
	}
}
