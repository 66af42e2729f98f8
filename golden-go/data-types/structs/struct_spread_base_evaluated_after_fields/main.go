package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Config struct {
	host    string
	port    int
	retries int
}

func (v Config) String() string {
	return "Config { host: " + lisette.FormatValue(v.host) + ", port: " + lisette.FormatValue(v.port) + ", retries: " + lisette.FormatValue(v.retries) + " }"
}

func defaults() Config {
	fmt.Println("loading defaults")
	return Config{host: "localhost", port: 80, retries: 3}
}

func chosen_port() int {
	fmt.Println("choosing port")
	return 8080
}

func main() {
	port := chosen_port()
	base := defaults()
	c := Config{port: port, host: base.host, retries: base.retries}
	fmt.Println(c)
}
