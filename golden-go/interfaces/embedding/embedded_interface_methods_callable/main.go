package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Source interface {
	Read() lisette.Option[string]
}

type Sink interface {
	Write(line string)
}

type Duplex interface {
	Source
	Sink
}

type Pipe struct {
	buffer []string
}

func (v Pipe) String() string {
	return "Pipe { buffer: " + lisette.FormatValue(v.buffer) + " }"
}

func (self *Pipe) Read() lisette.Option[string] {
	if len(self.buffer) == 0 {
		return lisette.MakeOptionNone[string]()
	}
	first := self.buffer[0]
	rest := self.buffer[1:len(self.buffer):len(self.buffer)]
	self.buffer = rest
	return lisette.MakeOptionSome[string](first)
}

func (self *Pipe) Write(line string) {
	self.buffer = append(self.buffer, line)
}

func main() {
	pipe := Pipe{buffer: []string{}}
	var d Duplex = &pipe
	d.Write("alpha")
	d.Write("beta")
	fmt.Println(d.Read())
	d.Write("gamma")
	fmt.Println(d.Read(), d.Read(), d.Read())
	fmt.Println(len(pipe.buffer))
}
