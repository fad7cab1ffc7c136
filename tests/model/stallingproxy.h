#pragma once

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace planner::test {

// A TCP proxy on 127.0.0.1 in front of a real server, on a thread of its own, that can go
// quiet as a network that went away does: stalled, it accepts connections and keeps every
// socket open but passes nothing on either way, so a client waits until its own timeout.
class StallingProxy
{
public:
    explicit StallingProxy(int serverPort)
        : m_serverPort(serverPort)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 16) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~StallingProxy()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        for (int socket : m_sockets)
            ::close(socket);
        ::close(m_listener);
    }

    int port() const { return m_port; }
    void setStalled(bool stalled) { m_stalled = stalled; }
    // Closes every connection passed on so far (as a server going down does).
    void dropAll() { m_drop = true; }

private:
    struct Pair
    {
        int client;
        int server;
        bool open = true;
    };

    void run()
    {
        std::vector<Pair> pairs;
        while (!m_stop) {
            std::vector<pollfd> fds{{m_listener, POLLIN, 0}};
            if (m_drop.exchange(false)) {
                for (Pair &pair : pairs) {
                    ::shutdown(pair.client, SHUT_RDWR);
                    ::shutdown(pair.server, SHUT_RDWR);
                    pair.open = false;
                }
            }
            const bool stalled = m_stalled;
            if (!stalled) {
                for (const Pair &pair : pairs) {
                    // A pair one side has ended is left out (its sockets are polled as -1).
                    fds.push_back({pair.open ? pair.client : -1, POLLIN, 0});
                    fds.push_back({pair.open ? pair.server : -1, POLLIN, 0});
                }
            }
            if (::poll(fds.data(), fds.size(), 20) <= 0)
                continue;
            if (fds[0].revents & POLLIN)
                accept(pairs, stalled);
            for (size_t i = 1; i < fds.size(); ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                Pair &pair = pairs[(i - 1) / 2];
                const int from = fds[i].fd;
                const int to = from == pair.client ? pair.server : pair.client;
                char buffer[65536];
                const ssize_t got = ::read(from, buffer, sizeof buffer);
                if (got <= 0) {
                    ::shutdown(to, SHUT_RDWR);
                    pair.open = false;
                    continue;
                }
                for (ssize_t sent = 0; sent < got;) {
                    const ssize_t wrote = ::write(to, buffer + sent, size_t(got - sent));
                    if (wrote <= 0)
                        break;
                    sent += wrote;
                }
            }
        }
    }

    void accept(std::vector<Pair> &pairs, bool stalled)
    {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        m_sockets.push_back(client);
        if (stalled)
            return; // held open, never answered
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(uint16_t(m_serverPort));
        m_sockets.push_back(server);
        if (::connect(server, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
            pairs.push_back({client, server});
    }

    int m_serverPort;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stalled{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_drop{false};
    std::vector<int> m_sockets;
    std::thread m_thread;
};

} // namespace planner::test
