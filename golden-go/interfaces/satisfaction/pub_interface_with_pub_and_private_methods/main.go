package main

import "fmt"

type Codec interface {
	Encode(s string) string
	Name() string
}

type Shout struct{}

func (v Shout) String() string {
	return "Shout {}"
}

type Whisper struct{}

func (v Whisper) String() string {
	return "Whisper {}"
}

func (self Shout) Encode(s string) string {
	return s + "!"
}

func (self Shout) Name() string {
	return "shout"
}

func (self Whisper) Encode(s string) string {
	return "(" + s + ")"
}

func (self Whisper) Name() string {
	return "whisper"
}

func main() {
	codecs := []Codec{Shout{}, Whisper{}}
	for _, c := range codecs {
		fmt.Println(c.Name(), c.Encode("hello"))
	}
}
