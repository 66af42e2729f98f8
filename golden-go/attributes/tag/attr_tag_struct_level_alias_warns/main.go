package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Server struct {
	Host string `yaml:"host,omitempty"`
}

func (v Server) String() string {
	return "Server { host: " + lisette.FormatValue(v.Host) + " }"
}

func main() {
	fmt.Println(Server{Host: "h"})
}
