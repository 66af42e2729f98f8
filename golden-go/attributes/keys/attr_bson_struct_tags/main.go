package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Config struct {
	Host      string `bson:"host"`
	Port      int    `bson:"port"`
	Max_conns int    `bson:"max_conns"`
}

func (v Config) String() string {
	return "Config { host: " + lisette.FormatValue(v.Host) + ", port: " + lisette.FormatValue(v.Port) + ", max_conns: " + lisette.FormatValue(v.Max_conns) + " }"
}

func main() {
	c := Config{Host: "localhost", Port: 8080, Max_conns: 4}
	fmt.Println(c.Host, c.Port, c.Max_conns)
}
