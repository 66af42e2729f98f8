package runner

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"sync"
	"time"

	"lisette.dev/tools/conformance/internal/judge"
)

// BatchRequest is one line a batch compiler reads on its stdin: compile
// File (a case, as {file}) into the empty directory Out (as {out}).
type BatchRequest struct {
	File string `json:"file"`
	Out  string `json:"out"`
}

// BatchAnswer is the line a batch compiler writes on its stdout for each
// request: what the single-case command would have exited with and printed.
type BatchAnswer struct {
	Exit   int    `json:"exit"`
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
}

// batchServer is one running batch compiler (`--batch CMD`), started on the
// first request and restarted after it dies or misses a time limit. It
// serves one worker: requests are sequential.
type batchServer struct {
	command      string
	startTimeout time.Duration // limit of the first request of a fresh process

	cancel  context.CancelFunc // kills the process group
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	answers chan answerOrErr
	stderr  *lockedBuffer
	fresh   bool
}

type answerOrErr struct {
	answer BatchAnswer
	err    error
}

func newBatchServer(command string, startTimeout time.Duration) *batchServer {
	return &batchServer{command: command, startTimeout: startTimeout}
}

func (s *batchServer) start() error {
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, "sh", "-c", s.command)
	killGroupOnCancel(cmd)
	cmd.WaitDelay = 2 * time.Second
	stdin, err := cmd.StdinPipe()
	if err != nil {
		cancel()
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		cancel()
		return err
	}
	s.stderr = &lockedBuffer{buf: cappedBuffer{limit: captureLimit}}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		cancel()
		return err
	}
	answers := make(chan answerOrErr)
	go func() {
		defer close(answers)
		r := bufio.NewReaderSize(stdout, 64<<10)
		for {
			line, err := r.ReadBytes('\n')
			if err != nil {
				if len(line) > 0 {
					err = fmt.Errorf("incomplete answer %q", shortenLine(line))
				}
				answers <- answerOrErr{err: err}
				return
			}
			var a BatchAnswer
			if err := json.Unmarshal(line, &a); err != nil {
				answers <- answerOrErr{err: fmt.Errorf("bad answer %q: %v", shortenLine(line), err)}
				return
			}
			answers <- answerOrErr{answer: a}
		}
	}()
	s.cancel, s.cmd, s.stdin, s.answers, s.fresh = cancel, cmd, stdin, answers, true
	return nil
}

// compile sends one request and waits for its answer, at most timeout (or
// startTimeout for the first request of a process, which includes its start).
func (s *batchServer) compile(ctx context.Context, file, out string, timeout time.Duration) judge.ProcResult {
	if s.cmd == nil {
		if err := s.start(); err != nil {
			return judge.ProcResult{StartErr: err, Timeout: timeout}
		}
	}
	if s.fresh {
		timeout = max(timeout, s.startTimeout)
		s.fresh = false
	}
	res := judge.ProcResult{Timeout: timeout}
	line, _ := json.Marshal(BatchRequest{File: file, Out: out})
	if _, err := s.stdin.Write(append(line, '\n')); err != nil {
		return s.died(res, err)
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case a, ok := <-s.answers:
		if !ok || a.err != nil {
			err := io.ErrUnexpectedEOF
			if ok {
				err = a.err
			}
			return s.died(res, err)
		}
		res.ExitCode, res.Stdout, res.Stderr = a.answer.Exit, a.answer.Stdout, a.answer.Stderr
		return res
	case <-timer.C:
		s.stop(true)
		res.TimedOut = true
		return res
	case <-ctx.Done():
		s.stop(true)
		res.ExitCode, res.State = -1, "interrupted"
		return res
	}
}

// died reports a server that broke the protocol or exited: the request
// counts as a compiler run that did not exit normally, with the server's
// stderr. The next request starts a new process.
func (s *batchServer) died(res judge.ProcResult, cause error) judge.ProcResult {
	stderr := s.stderr
	state := s.stop(false)
	if errors.Is(cause, io.EOF) || errors.Is(cause, io.ErrUnexpectedEOF) {
		cause = errors.New("no answer")
	}
	res.ExitCode = -1
	res.State = fmt.Sprintf("batch compiler: %v; process %s", cause, state)
	res.Stderr = stderr.String()
	return res
}

// stop ends the process and returns how it ended: it kills its process group
// at once when kill is set, else closes its stdin and kills it only when it
// has not exited 2 s later.
func (s *batchServer) stop(kill bool) string {
	if s.cmd == nil {
		return ""
	}
	if kill {
		s.cancel()
	}
	s.stdin.Close()
	done := make(chan struct{})
	go func() {
		s.cmd.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		s.cancel()
		<-done
	}
	s.cancel()
	for range s.answers { // let the reader finish
	}
	state := "not started"
	if s.cmd.ProcessState != nil {
		state = s.cmd.ProcessState.String()
	}
	s.cmd, s.stdin, s.answers, s.cancel = nil, nil, nil, nil
	return state
}

// lockedBuffer is a cappedBuffer safe to read while the process writes it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf cappedBuffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	if b == nil {
		return ""
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func shortenLine(line []byte) string {
	if len(line) > 200 {
		return string(line[:200]) + "…"
	}
	return string(line)
}
