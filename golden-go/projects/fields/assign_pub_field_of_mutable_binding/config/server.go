package config

import lisette "lisette.dev/prelude"

type Server struct {
	Host string
	Port int
}

func (v Server) String() string {
	return "Server { host: " + lisette.FormatValue(v.Host) + ", port: " + lisette.FormatValue(v.Port) + " }"
}

func Defaults() Server {
	return Server{Host: "localhost", Port: 80}
}
