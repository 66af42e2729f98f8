package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

const DEFAULT_PORT = 8080

const HOST = "localhost"

type Server struct {
	host string
	port int
}

func (v Server) String() string {
	return "Server { host: " + lisette.FormatValue(v.host) + ", port: " + lisette.FormatValue(v.port) + " }"
}

func Server_default_server() Server {
	return Server{host: HOST, port: DEFAULT_PORT}
}

func (self Server) Address() string {
	return fmt.Sprintf("%v:%v", self.host, self.port)
}

func main() {
	s := Server_default_server()
	fmt.Println(s.Address())
	alt := Server{port: DEFAULT_PORT + 1, host: s.host}
	fmt.Println(alt)
}
