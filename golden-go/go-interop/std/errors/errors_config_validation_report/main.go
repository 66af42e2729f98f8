package main

import (
	"bufio"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
	"strings"
)

type LineError struct {
	line int
	msg  string
}

func (v LineError) String() string {
	return "LineError { line: " + lisette.FormatValue(v.line) + ", msg: " + lisette.FormatValue(v.msg) + " }"
}

func (self LineError) Error() string {
	return fmt.Sprintf("line %v: %v", self.line, self.msg)
}

type Config struct {
	port  int
	host  string
	debug bool
}

func (v Config) String() string {
	return "Config { port: " + lisette.FormatValue(v.port) + ", host: " + lisette.FormatValue(v.host) + ", debug: " + lisette.FormatValue(v.debug) + " }"
}

func parse(text string) lisette.Tuple2[Config, []error] {
	cfg := Config{port: 80, host: "localhost", debug: false}
	problems := []error{}
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n += 1
		line := strings.TrimSpace(sc.Text())
		if len(line) == 0 || strings.HasPrefix(line, "#") {
			continue
		}
		subject := lisette.MakeTuple3(strings.Cut(line, "="))
		key := subject.First
		value := subject.Second
		ok := subject.Third
		if !ok {
			problems = append(problems, LineError{line: n, msg: "missing '='"})
			continue
		}
		subject2 := strings.TrimSpace(key)
		switch subject2 {
		case "port":
			subject3 := lisette.ResultOf(strconv.Atoi(strings.TrimSpace(value)))
			if subject3.Tag == lisette.ResultOk {
				p := subject3.OkVal
				cfg.port = p
			} else {
				e := subject3.ErrVal
				problems = append(problems, fmt.Errorf("%w: %w", LineError{line: n, msg: "bad port"}, e))
			}
		case "host":
			cfg.host = strings.TrimSpace(value)
		case "debug":
			subject4 := lisette.ResultOf(strconv.ParseBool(strings.TrimSpace(value)))
			if subject4.Tag == lisette.ResultOk {
				b := subject4.OkVal
				cfg.debug = b
			} else {
				e := subject4.ErrVal
				problems = append(problems, fmt.Errorf("%w: %w", LineError{line: n, msg: "bad debug flag"}, e))
			}
		default:
			other := subject2
			problems = append(problems, LineError{line: n, msg: fmt.Sprintf("unknown key %v", strconv.Quote(other))})
		}
	}
	return lisette.Tuple2[Config, []error]{First: cfg, Second: problems}
}

func main() {
	text := "# server\nport = 8080\nhost= api.local\nverbose\ndebug = maybe\ncolour = blue\nport = 80a\n"
	subject5 := parse(text)
	cfg := subject5.First
	problems := subject5.Second
	fmt.Println(cfg)
	joined := lisette.MakeOptionNone[error]()
	for _, p := range problems {
		if joined.Tag == lisette.OptionSome {
			acc := joined.SomeVal
			joined = lisette.OptionNilable(errors.Join(acc, p))
		} else {
			joined = lisette.OptionNilable(errors.Join(p))
		}
	}
	if joined.Tag == lisette.OptionSome {
		all := joined.SomeVal
		fmt.Println(strings.Count(all.Error(), "\n")+1, "problems")
	} else {
		fmt.Println("no problems")
	}
	for _, p := range problems {
		syntax := errors.Is(p, strconv.ErrSyntax)
		direct := lisette.OptionMap(lisette.AssertType[LineError](p), func(le LineError) int {
			return le.line
		})
		fmt.Println(p, "|", syntax, direct)
	}
}
